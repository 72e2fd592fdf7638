package org.branchdesk.lobby.api;

/** Why the customer came, as the lobby manager asks on arrival. */
public enum VisitPurpose {
    CASH,
    NON_CASH,
    WEALTH_CONSULTATION,
    /** Business a self-service machine can do (transfers, statements, small deposits). */
    SELF_SERVICE,
    COMPLAINT,
    OTHER
}
