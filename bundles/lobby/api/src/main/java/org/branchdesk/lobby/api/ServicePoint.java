package org.branchdesk.lobby.api;

/** Where a customer is sent in the branch (功能分区). */
public enum ServicePoint {
    /** The customer's dedicated customer manager (or any customer manager when there is none). */
    CUSTOMER_MANAGER,
    /** A VIP room / the exclusive wealth area. */
    VIP_ROOM,
    /** The priority cash window for premium or large-cash customers. */
    PRIORITY_WINDOW,
    CASH_COUNTER,
    NON_CASH_COUNTER,
    /** ATM, CDM, passbook printer, kiosks. */
    SELF_SERVICE,
    /** The lobby manager's desk (consulting, complaints). */
    RECEPTION,
    /** Referred to the parent sub-branch: this branch cannot serve the request. */
    REFERRAL
}
