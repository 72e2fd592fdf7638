package org.branchdesk.marketing.api;

/**
 * A referral to make. Required: {@code kind}, {@code customerId}; {@code introducingCustomer} for
 * CUSTOMER (not the same customer); {@code toManager} absent means the customer's own manager (a
 * customer without one: 400 {@code toManager}). Note at most 1,000 characters.
 */
public record ReferralInput(ReferralKind kind, String customerId, String introducingCustomer, String toManager,
        String note) {
}
