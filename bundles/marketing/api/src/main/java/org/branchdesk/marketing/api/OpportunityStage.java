package org.branchdesk.marketing.api;

/** An opportunity's stage: open → proposal → won / lost (lost with a reason). */
public enum OpportunityStage {
    OPEN, PROPOSAL, WON, LOST
}
