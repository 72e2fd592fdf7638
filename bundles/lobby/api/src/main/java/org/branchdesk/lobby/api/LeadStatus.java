package org.branchdesk.lobby.api;

/** A lead is open until a customer manager has followed it up. */
public enum LeadStatus {
    OPEN,
    FOLLOWED_UP
}
