package org.branchdesk.customer.impl.internal.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.IdType;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.api.TextRules;
import org.branchdesk.platform.rest.Params;

/**
 * Rules for customer data shared by the CSV import and the JSON API, so that both accept the
 * same values. Each check takes the field name the caller reports (a CSV column or a JSON
 * property), adds a {@link FieldError} with this validation's line (null for JSON) when the
 * value is bad, and returns the normalised value, or null when it is bad or absent.
 */
public final class Validation {

    private static final Pattern CUSTOMER_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern OTHER_DOCUMENT = Pattern.compile("[A-Z0-9]{5,30}");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern CARD = Pattern.compile("\\d{12,19}");
    // the staff account rule of the platform: a manager that cannot exist is reported before any look-up
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");
    // plain notation only: "1e6" or "+5" in a money column is a typing error, not a number
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    // GB 11643: weights 2^(17-i) mod 11 of ISO 7064 MOD 11-2, and the check character for each remainder
    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";
    /** A customer's cards, joined by ';', fit the 400 characters of their column. */
    public static final int MAX_CARDS = 20;
    // what a NUMERIC(19,2) column holds
    private static final int MAX_INTEGER_DIGITS = 17;

    private final List<FieldError> errors;
    private final Integer line;

    /** Checks that report into {@code errors}, at {@code line} (null outside a file). */
    public Validation(List<FieldError> errors, Integer line) {
        this.errors = errors;
        this.line = line;
    }

    Integer line() {
        return line;
    }

    /** A required customer number: 1 to 32 letters, digits, '-' or '_'. */
    public String customerId(String field, String value) {
        if (value == null || value.isBlank()) {
            return fail(field, "is required");
        }
        return CUSTOMER_ID.matcher(value).matches() ? value : fail(field, "must be 1 to 32 letters, digits, '-' or '_'");
    }

    /** Free text on one line, trimmed, at most {@code max} characters. */
    public String text(String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            return required ? fail(field, "is required") : null;
        }
        String v = value.trim();
        if (CONTROL.matcher(v).find()) {
            return fail(field, "must not contain line breaks, tabs or other control characters");
        }
        // counted as the database counts: UTF-16 code units (TextRules)
        return v.length() <= max ? v : fail(field, TextRules.tooLong(max));
    }

    /** An optional staff username, as the platform allows them. */
    public String username(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        return USERNAME.matcher(v).matches() ? v : fail(field, "must be a username: 3 to 32 lower-case letters, digits, '.', '_' or '-'");
    }

    /** A required identity document number, upper-cased; a resident ID must carry its ISO 7064 MOD 11-2 check character. */
    public String idNumber(String field, IdType type, String value) {
        if (value == null || value.isBlank()) {
            return fail(field, "is required");
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (type == IdType.RESIDENT_ID) {
            if (!RESIDENT_ID.matcher(v).matches()) {
                return fail(field, "a resident ID has 17 digits and a check digit or X");
            }
            return checkCharacter(v) == v.charAt(17) ? v : fail(field, "the check character of this resident ID is wrong");
        }
        return OTHER_DOCUMENT.matcher(v).matches() ? v : fail(field, "must be 5 to 30 letters and digits");
    }

    /** An optional phone number: a mainland mobile or a landline with its area code. */
    public String phone(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        return PHONE.matcher(v).matches() ? v
                : fail(field, "must be a mobile number (1, then 3 to 9, then 9 digits) or a landline like 010-62751234");
    }

    /** One card number of 12 to 19 digits. */
    public String card(String field, String value) {
        String v = value == null ? "" : value.trim();
        return CARD.matcher(v).matches() ? v : fail(field, "a card number has 12 to 19 digits");
    }

    /** An amount in CNY written as text: plain decimal notation, see {@link #amount(String, BigDecimal)}. */
    public BigDecimal amount(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? fail(field, "is required") : null;
        }
        String v = value.trim();
        if (!DECIMAL.matcher(v).matches()) {
            return fail(field, "'" + v + "' is not an amount like 1234.56");
        }
        return amount(field, new BigDecimal(v));
    }

    /** An optional amount in CNY: not negative, at most 2 decimals; returned with scale 2. */
    public BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            return fail(field, "must not be negative");
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > 2) {
            return fail(field, "has more than 2 decimals");
        }
        if (v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            return fail(field, "is too large");
        }
        return value.setScale(2);
    }

    /** An ISO date (yyyy-MM-dd). */
    public LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? fail(field, "is required") : null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            // the range every date of the API keeps (Params): a year like +999999999 is a typing error
            return date.isBefore(Params.FIRST_DATE) || date.isAfter(Params.LAST_DATE)
                    ? fail(field, "'" + value.trim() + "' is outside " + Params.FIRST_DATE + " to " + Params.LAST_DATE)
                    : date;
        } catch (DateTimeParseException e) {
            return fail(field, "'" + value.trim() + "' is not a date like 2026-07-01");
        }
    }

    /** The earliest birth date accepted: nobody alive was born before it. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** An optional birth date: a real past date, not before {@link #EARLIEST_BIRTH}. */
    public LocalDate birthDate(String field, LocalDate value) {
        if (value == null) {
            return null;
        }
        if (value.isAfter(LocalDate.now())) {
            return fail(field, "is in the future");
        }
        return value.isBefore(EARLIEST_BIRTH) ? fail(field, "is before " + EARLIEST_BIRTH) : value;
    }

    /** An enum constant by name, case-insensitively; the error lists the allowed names. */
    public <E extends Enum<E>> E oneOf(String field, Class<E> type, String value, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? fail(field, "is required; one of: " + names(type)) : null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fail(field, "'" + value.trim() + "' is not one of: " + names(type));
        }
    }

    /** Records an error the caller found itself; returns null so that it can stand for the bad value. */
    public <T> T fail(String field, String message) {
        errors.add(new FieldError(field, message, line));
        return null;
    }

    /** The check character of the first 17 digits of a resident ID. */
    static char checkCharacter(String residentId) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (residentId.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
