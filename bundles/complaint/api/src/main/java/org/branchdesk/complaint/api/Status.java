package org.branchdesk.complaint.api;

/**
 * RECEIVED → ACKNOWLEDGED → UNDER_INVESTIGATION → RESOLVED → CLOSED; an unsatisfied customer's
 * response reopens a RESOLVED complaint (back to UNDER_INVESTIGATION). Nothing else is allowed.
 */
public enum Status {
    RECEIVED, ACKNOWLEDGED, UNDER_INVESTIGATION, RESOLVED, CLOSED;

    /** Whether the lifecycle allows going from this status to {@code next}. */
    public boolean allows(Status next) {
        return switch (this) {
            case RECEIVED -> next == ACKNOWLEDGED;
            case ACKNOWLEDGED -> next == UNDER_INVESTIGATION;
            case UNDER_INVESTIGATION -> next == RESOLVED;
            case RESOLVED -> next == CLOSED || next == UNDER_INVESTIGATION;
            case CLOSED -> false;
        };
    }

    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }
}
