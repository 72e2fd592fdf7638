package org.branchdesk.marketing.api;

/** A financial plan's life: drafted, presented to the customer, then the customer's decision. */
public enum PlanStatus {
    DRAFT, PRESENTED, ACCEPTED, DECLINED,
    /** A later version replaced it before the customer decided. */
    SUPERSEDED
}
