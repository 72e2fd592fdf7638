package org.branchdesk.platform.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.branchdesk.platform.api.InvalidInputException;

/**
 * Query and path parameters parsed by the resource, so that a bad value is a 400 naming the
 * parameter. (Left to JAX-RS, a query parameter that does not convert is answered with 404.)
 *
 * @since 1.1
 */
public final class Params {

    private Params() {
    }

    /** An ISO-8601 instant such as {@code 2026-11-22T08:00:00Z}, or null when blank. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + value + "' is not an instant like 2026-11-22T08:00:00Z");
        }
    }

    /** An ISO date such as {@code 2026-11-22}, or null when blank. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + value + "' is not a date like 2026-11-22");
        }
    }

    /** A whole number within bounds; {@code fallback} when blank. */
    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(name, "'" + value + "' is not a number from " + min + " to " + max);
    }

    /** An enum constant by name, case-insensitively ({@code -} for {@code _}), or null when blank. */
    public static <E extends Enum<E>> E oneOf(String name, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
