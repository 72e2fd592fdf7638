package org.branchdesk.marketing.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.branchdesk.customer.api.Channel;

/**
 * One contact attempt in a campaign. Required: {@code channel} (one of the campaign's), {@code outcome};
 * {@code productCode} and {@code amount} are required for BOUGHT and refused otherwise;
 * {@code at} absent means now (never in the future, at most 31 days back); note at most 1,000.
 */
public record ContactInput(Channel channel, ContactOutcome outcome, String productCode, BigDecimal amount, Instant at,
        String note) {
}
