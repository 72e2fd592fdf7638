package org.branchdesk.marketing.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A chance to sell a product to a customer.
 *
 * @param sourceRef   the lead, referral or campaign contact id it came from, or null
 * @param manager     who works it (the customer's manager when it opened; credited when won)
 * @param referrer    who referred it (a member of staff), credited with the configured share when won, or null
 * @param wonAmount   what the customer bought for, when won
 * @param lostReason  why it was lost
 */
public record Opportunity(long id, String customerId, String productCode, BigDecimal expectedAmount,
        OpportunityStage stage, OpportunitySource source, Long sourceRef, String manager, String referrer, String note,
        String createdBy, Instant createdAt, Instant closedAt, BigDecimal wonAmount, String lostReason) {
}
