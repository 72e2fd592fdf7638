package org.branchdesk.lobby.api;

/** How the customer gets to the service point. */
public enum GuidanceMode {
    /** A queue ticket is issued. */
    TICKET,
    /** A member of staff takes the customer there in person; no ticket. */
    PERSONAL,
    /** The customer goes on their own (e.g. self-service); no ticket. */
    NONE
}
