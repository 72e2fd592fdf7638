package org.branchdesk.customer.impl.internal;

import java.util.ArrayList;
import java.util.List;

import org.branchdesk.platform.api.InvalidInputException.FieldError;

/**
 * The search limits of PID {@code org.branchdesk.customer}: how many customers one search
 * returns, and how many searches and identifications one member of staff may make (see
 * {@link SearchLimiter}). Its rules are {@link #problems}: {@link CustomerConfigCheck} refuses a
 * configuration by them, and a record that breaks them cannot be made.
 */
record SearchLimits(int searchLimit, int searchesPerMinute, int searchBurst) {

    /** The REST resource takes no larger limit. */
    static final int MAX_SEARCH_LIMIT = 1000;

    SearchLimits {
        List<FieldError> problems = problems(searchLimit, searchesPerMinute, searchBurst);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).field() + ": " + problems.get(0).message());
        }
    }

    static SearchLimits of(CustomerConfig config) {
        return new SearchLimits(config.searchLimit(), config.searchesPerMinute(), config.searchBurst());
    }

    /** What is wrong with these values, one error per property named as in the configuration. */
    static List<FieldError> problems(int searchLimit, int searchesPerMinute, int searchBurst) {
        List<FieldError> errors = new ArrayList<>();
        if (searchLimit < 1 || searchLimit > MAX_SEARCH_LIMIT) {
            errors.add(new FieldError("searchLimit", "must be between 1 and " + MAX_SEARCH_LIMIT + ", not " + searchLimit));
        }
        if (searchesPerMinute < 1) {
            errors.add(new FieldError("searchesPerMinute", "must be at least 1, not " + searchesPerMinute));
        }
        if (searchBurst < 1) {
            errors.add(new FieldError("searchBurst", "must be at least 1, not " + searchBurst));
        }
        return errors;
    }
}
