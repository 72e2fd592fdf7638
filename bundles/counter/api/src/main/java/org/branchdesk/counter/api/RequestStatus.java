package org.branchdesk.counter.api;

/** Where a service request stands. PENDING is the only state in which it changes or is approved. */
public enum RequestStatus {
    /** Submitted, waiting for its approvals (or for none: it moves on at once). */
    PENDING,
    /** Every approval given; being handed to core banking. */
    APPROVED,
    /** Handed over by the shipped default: to be keyed into core banking, then confirmed with its reference. */
    TO_BE_KEYED,
    /** Core banking has it: its reference is recorded. */
    COMPLETED,
    /** A checker refused it, with a reason. Final. */
    REJECTED,
    /** The maker took it back before its last approval. Final. */
    WITHDRAWN,
    /** Not approved by the end of its business day. Final. */
    EXPIRED;

    /** Whether nothing will happen to the request any more. */
    public boolean isFinal() {
        return this == COMPLETED || this == REJECTED || this == WITHDRAWN || this == EXPIRED;
    }
}
