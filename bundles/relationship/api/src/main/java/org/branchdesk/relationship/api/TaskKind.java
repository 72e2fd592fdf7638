package org.branchdesk.relationship.api;

/** What a task in a manager's inbox asks them to do. */
public enum TaskKind {
    /** Contact the customer: their contact plan says a contact is due. */
    CONTACT_DUE,
    /** Complete a handover: notify the customer orally and in writing, then make direct contact. */
    HANDOVER,
    /** A birthday, a product maturity, the anniversary of becoming premium, a holiday. */
    CARE_EVENT,
    /** Follow up a customer after an event they were invited to. */
    EVENT_FOLLOW_UP
}
