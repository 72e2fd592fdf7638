package org.branchdesk.marketing.api;

/** The two kinds of referral (转介). */
public enum ReferralKind {
    /** A member of staff (a teller, a lobby manager) refers a customer to a customer manager. */
    STAFF,
    /** An existing customer introduces a new one (存量客户转介). */
    CUSTOMER
}
