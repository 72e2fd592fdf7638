package org.branchdesk.platform.api;

import java.util.List;

/**
 * Input that breaks a rule: answered as 400 with the offending field. Thrown before anything
 * is written, or inside a transaction that is then rolled back.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One offending value: where it is and what is wrong with it. */
    public record FieldError(String field, String message, Integer line) {
        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : describe(errors.get(0)));
        this.errors = List.copyOf(errors);
    }

    private static String describe(FieldError e) {
        return (e.line() == null ? "" : "line " + e.line() + ": ") + e.field() + ": " + e.message();
    }

    /** The first offending field. */
    public String field() {
        return errors.isEmpty() ? null : errors.get(0).field();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
