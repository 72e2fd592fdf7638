package org.branchdesk.lobby.api;

/** Queue priority class: premium tickets are called first, within a bound on how long others wait. */
public enum Priority {
    PREMIUM,
    STANDARD
}
