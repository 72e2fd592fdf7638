package org.branchdesk.customer.impl.internal;

import java.util.ArrayList;
import java.util.List;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;

/**
 * The errors found in a file, by line: the first {@value #MAX} are kept, so that a file wrong
 * throughout answers with enough to fix it rather than a million lines.
 */
final class ImportErrors {

    static final int MAX = 100;

    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String message, int line) {
        if (errors.size() < MAX) {
            errors.add(new FieldError(field, message, line));
        }
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Refuses the file with its errors in line order, if it has any. */
    void failIfAny() {
        if (!errors.isEmpty()) {
            List<FieldError> byLine = new ArrayList<>(errors);
            byLine.sort((a, b) -> Integer.compare(a.line() == null ? 0 : a.line(), b.line() == null ? 0 : b.line()));
            throw new InvalidInputException(byLine);
        }
    }
}
