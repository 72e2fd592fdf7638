package org.branchdesk.marketing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One risk profile taken with a customer: kept for ever, the newest is the customer's current one.
 *
 * @param answers    question id to answer id
 * @param validUntil the last day it is valid; after it, recommendations wait for a new assessment
 * @param expired    past its validity on the day it was read
 */
public record RiskAssessment(long id, String customerId, String questionnaireVersion, Map<String, String> answers,
        int score, RiskTolerance tolerance, String assessedBy, Instant assessedAt, LocalDate validUntil,
        boolean expired) {
}
