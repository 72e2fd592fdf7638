package org.branchdesk.platform.web.internal;

import java.util.List;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document, with two extension members: {@code field}, the offending
 * field, and {@code errors}, every offending field (with its line for file imports).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String field, List<FieldError> errors) {

    static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null);
    }

    static Problem invalid(InvalidInputException invalid) {
        return new Problem("about:blank", "Invalid input", 400, invalid.getMessage(), invalid.field(), invalid.errors());
    }
}
