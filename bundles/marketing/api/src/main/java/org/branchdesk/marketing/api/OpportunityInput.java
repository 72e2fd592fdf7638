package org.branchdesk.marketing.api;

import java.math.BigDecimal;

/**
 * An opportunity to open. Required: {@code customerId} (except from a lead or referral, which name
 * the customer), {@code productCode} (checked by suitability for {@code expectedAmount}),
 * {@code source}; {@code sourceRef} is required for LEAD, REFERRAL and CAMPAIGN (the lead, referral or
 * campaign contact id). Note at most 1,000 characters.
 */
public record OpportunityInput(String customerId, String productCode, BigDecimal expectedAmount,
        OpportunitySource source, Long sourceRef, String note) {
}
