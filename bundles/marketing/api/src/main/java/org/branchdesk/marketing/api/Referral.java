package org.branchdesk.marketing.api;

import java.time.Instant;

/**
 * A referral.
 *
 * @param referredBy         the member of staff who made it (for CUSTOMER: who recorded it)
 * @param introducingCustomer for CUSTOMER: the existing customer who introduced {@code customerId}; else null
 * @param toManager          the customer manager it goes to
 * @param opportunityId      the opportunity opened from it, or null
 */
public record Referral(long id, ReferralKind kind, String customerId, String introducingCustomer, String referredBy,
        String toManager, String note, ReferralStatus status, Instant createdAt, Long opportunityId) {
}
