package org.branchdesk.marketing.api;

/** Where an opportunity came from. */
public enum OpportunitySource {
    /** A lobby lead (read through the lobby's API, then followed up). */
    LEAD,
    /** A referral to the manager. */
    REFERRAL,
    /** A campaign contact that showed interest. */
    CAMPAIGN,
    /** Entered by hand. */
    MANUAL
}
