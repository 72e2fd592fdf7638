package org.branchdesk.lobby.api;

/** WAITING → CALLED → DONE or NO_SHOW. */
public enum TicketStatus {
    WAITING,
    CALLED,
    DONE,
    NO_SHOW
}
