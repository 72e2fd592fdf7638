package org.branchdesk.counter.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The counters' figures over some days.
 *
 * @param byType          requests per type and status
 * @param authoriseP50Seconds time from submission to the last approval, median; null without approvals
 * @param authoriseP90Seconds the same, 90th percentile
 * @param serviceP50Seconds from the lobby ticket's call to completion, median; null without linked requests
 * @param serviceP90Seconds the same, 90th percentile
 * @param rejections      rejected requests
 * @param perMaker        per teller (maker): submitted, completed, rejected
 * @param perChecker      per checker: approvals, rejections
 * @param diversion       the counter diversion rate from the lobby's data, or null when the lobby is not installed
 * @param lobbyModule     {@code installed} or {@code not installed}
 */
public record CounterReport(LocalDate from, LocalDate to, Map<String, Map<RequestStatus, Long>> byType,
        Long authoriseP50Seconds, Long authoriseP90Seconds, Long serviceP50Seconds, Long serviceP90Seconds, long rejections,
        List<PersonFigures> perMaker, List<PersonFigures> perChecker, Diversion diversion, String lobbyModule) {
}
