package org.branchdesk.complaint.api;

/** What the complaint is about. */
public enum Category {
    SERVICE_ATTITUDE, WAITING_TIME, FEES,
    /** Products sold that did not suit the customer. */
    MIS_SELLING,
    TRANSACTION_ERROR,
    /** System or channel failure: ATMs, online banking, the phone line. */
    SYSTEM_FAILURE,
    PRIVACY, OTHER
}
