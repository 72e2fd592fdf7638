package org.branchdesk.customer.api;

/**
 * Why a customer got their manager.
 *
 * @since 2.1
 */
public enum AssignmentReason {
    /** A first manager: by the allocation rules, by the centre head's hand, or from the core system's file. */
    ALLOCATION,
    /** The centre head moved the customer from one manager to another (the manager moved post). */
    HANDOVER,
    /** The manager left: their account was disabled and their customers moved in the same transaction. */
    MANAGER_LEFT,
    /** The centre head evened out the managers' loads. */
    REBALANCING,
    /** The customer asked for another manager. */
    CUSTOMER_REQUEST
}
