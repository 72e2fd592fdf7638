package org.branchdesk.marketing.api;

/** A campaign's life. */
public enum CampaignStatus {
    /** Being defined: its target can change. */
    DRAFT,
    /** Launched: its target list is frozen and its managers contact the customers. */
    LAUNCHED,
    /** Over: no more contacts. */
    CLOSED
}
