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

/**
 * Rules for customer data shared by the CSV import and the JSON API. Each check adds a
 * {@link FieldError} (with the field name the caller uses and the line, or null) and returns
 * the normalised value, or null when the value is bad.
 */
public final class Validation {

    private static final Pattern CUSTOMER_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern OTHER_DOCUMENT = Pattern.compile("[A-Z0-9]{5,30}");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern CARD = Pattern.compile("\\d{12,19}");
    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";

    private final List<FieldError> errors;
    private final Integer line;

    Integer line() {
        return line;
    }

    public Validation(List<FieldError> errors, Integer line) {
        this.errors = errors;
        this.line = line;
    }

    public String customerId(String field, String value) {
        if (value == null) {
            return fail(field, "is required");
        }
        return CUSTOMER_ID.matcher(value).matches() ? value : fail(field, "must be 1 to 32 letters, digits, '-' or '_'");
    }

    public String text(String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            return required ? fail(field, "is required") : null;
        }
        String v = value.trim();
        return v.length() <= max ? v : fail(field, "is longer than " + max + " characters");
    }

    /** An identity document number, upper-cased; a resident ID must carry its ISO 7064 MOD 11-2 check character. */
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

    public String phone(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        return PHONE.matcher(v).matches() ? v : fail(field, "must be a mobile number (1[3-9] and 9 digits) or a landline like 010-12345678");
    }

    public String card(String field, String value) {
        String v = value == null ? "" : value.trim();
        return CARD.matcher(v).matches() ? v : fail(field, "card numbers have 12 to 19 digits");
    }

    /** An amount in CNY: not negative, at most 2 decimals, scaled to 2. */
    public BigDecimal amount(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? fail(field, "is required") : null;
        }
        try {
            return amount(field, new BigDecimal(value.trim()));
        } catch (NumberFormatException e) {
            return fail(field, "'" + value + "' is not a number");
        }
    }

    public BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            return fail(field, "must not be negative");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return fail(field, "has more than 2 decimals");
        }
        if (value.precision() - value.scale() > 17) {
            return fail(field, "is too large");
        }
        return value.setScale(2);
    }

    public LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? fail(field, "is required") : null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return fail(field, "'" + value + "' is not a date like 2026-07-01");
        }
    }

    public LocalDate birthDate(String field, LocalDate value) {
        if (value != null && value.isAfter(LocalDate.now())) {
            return fail(field, "is in the future");
        }
        return value;
    }

    /** An enum constant by name, case-insensitively; the error lists the allowed names. */
    public <E extends Enum<E>> E oneOf(String field, Class<E> type, String value, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? fail(field, "is required; one of: " + names(type)) : null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fail(field, "'" + value + "' is not one of: " + names(type));
        }
    }

    public <T> T fail(String field, String message) {
        errors.add(new FieldError(field, message, line));
        return null;
    }

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
