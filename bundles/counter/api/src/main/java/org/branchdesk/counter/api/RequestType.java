package org.branchdesk.counter.api;

import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of counter business, registered as a service: the module's own types and integrators'
 * alike. The module checks each field by its {@link FieldSpec} (and refuses fields the type does
 * not name) before {@link #check} sees the request; a type whose code is already taken, or whose
 * description is malformed, is left out and logged.
 */
@ConsumerType
public interface RequestType {

    /** 3 to 32 upper-case letters, digits or '_', starting with a letter, e.g. {@code LOSS_REPORT}. */
    String code();

    /** For people, e.g. {@code Loss reporting (挂失)}. */
    String title();

    AmountUse amount();

    List<FieldSpec> fields();

    /** Business a self-service machine can do (it counts in the counter diversion rate). */
    default boolean selfServiceCapable() {
        return false;
    }

    /**
     * Rules across fields, after each field passed its own check: the problems, each naming its
     * field ({@code fields.<name>}, {@code amount}), or empty.
     *
     * @param fields the request's fields, trimmed, without blank values
     */
    default List<FieldError> check(Map<String, String> fields) {
        return List.of();
    }
}
