package org.branchdesk.lobby.api;

import java.time.Instant;

/**
 * A premium or potential-premium customer without a dedicated manager, to be followed up by a
 * customer manager (待跟进优质客户), or, in a branch that cannot serve them, a referral to the
 * parent sub-branch.
 *
 * @param referredTo the sub-branch a convenience store refers the customer to, or null
 */
public record Lead(long id, String customerId, ArrivalSource source, String referredBy, String note, LeadStatus status,
        String referredTo, Instant createdAt) {
}
