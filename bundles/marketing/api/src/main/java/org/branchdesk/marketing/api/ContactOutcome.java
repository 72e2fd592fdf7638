package org.branchdesk.marketing.api;

/** What came of a marketing contact, in the funnel's order. */
public enum ContactOutcome {
    NO_ANSWER, NOT_INTERESTED, INTERESTED, APPOINTMENT,
    /** Bought a product (named, with the amount): checked by suitability. */
    BOUGHT
}
