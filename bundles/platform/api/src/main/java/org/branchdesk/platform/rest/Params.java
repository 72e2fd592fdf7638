package org.branchdesk.platform.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.branchdesk.platform.api.InvalidInputException;

/**
 * Query and path parameters parsed by the resource, so that a bad value is a 400 naming the
 * parameter. (Left to JAX-RS, a query parameter that does not convert is answered with 404.)
 * <p>
 * Dates and instants are accepted from {@link #FIRST_DATE} to {@link #LAST_DATE} only: Java
 * reads years of up to nine digits, which no branch record has and the database cannot store.
 * The JSON bodies of the application are held to the same range.
 *
 * @since 1.1
 */
public final class Params {

    /** The earliest date accepted in a parameter or a JSON body. @since 1.2 */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

    /** The latest date accepted in a parameter or a JSON body. @since 1.2 */
    public static final LocalDate LAST_DATE = LocalDate.of(2200, 12, 31);

    private static final Instant FIRST_INSTANT = FIRST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_INSTANT = LAST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private Params() {
    }

    /** An ISO-8601 instant such as {@code 2026-11-22T08:00:00Z}, or null when blank. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + value + "' is not an instant like 2026-11-22T08:00:00Z");
        }
        return checked(name, instant);
    }

    /**
     * The instant, refused as {@code name} unless it lies from {@link #FIRST_DATE} to the end of
     * {@link #LAST_DATE} (UTC); null stays null.
     *
     * @since 1.2
     */
    public static Instant checked(String name, Instant value) {
        if (value != null && (value.isBefore(FIRST_INSTANT) || !value.isBefore(END_INSTANT))) {
            throw new InvalidInputException(name, "'" + value + "' is outside the supported range: from "
                    + FIRST_INSTANT + " to before " + END_INSTANT);
        }
        return value;
    }

    /** An ISO date such as {@code 2026-11-22}, or null when blank. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + value + "' is not a date like 2026-11-22");
        }
        return checked(name, date);
    }

    /**
     * The date, refused as {@code name} unless it lies from {@link #FIRST_DATE} to
     * {@link #LAST_DATE}; null stays null.
     *
     * @since 1.2
     */
    public static LocalDate checked(String name, LocalDate value) {
        if (value != null && (value.isBefore(FIRST_DATE) || value.isAfter(LAST_DATE))) {
            throw new InvalidInputException(name, "'" + value + "' is outside the supported range: from " + FIRST_DATE
                    + " to " + LAST_DATE);
        }
        return value;
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
