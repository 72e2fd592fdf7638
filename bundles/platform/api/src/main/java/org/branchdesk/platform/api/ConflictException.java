package org.branchdesk.platform.api;

/** A request that contradicts the current state (a duplicate, a forbidden transition): 409. */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field whose value conflicts, or null. */
    public String field() {
        return field;
    }
}
