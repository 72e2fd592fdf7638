package org.branchdesk.counter.impl.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.branchdesk.counter.api.AmountUse;
import org.branchdesk.counter.api.FieldSpec;
import org.branchdesk.counter.api.RequestType;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.api.TextRules;

/**
 * A request's content against its type, before anything is written (a pure rule): every field by
 * its spec, fields the type does not name, the amount as the type uses it, the currency, then
 * the type's own rules across fields. Problems name their field ({@code fields.<name>},
 * {@code amount}, {@code currency}).
 */
final class FieldChecks {

    /** The content as it is stored: trimmed values, blank ones left out; the amount as given. */
    record Checked(Map<String, String> fields, BigDecimal amount, String currency) {
    }

    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000000");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{6,32}");
    private static final Pattern ID_NUMBER = Pattern.compile("[A-Za-z0-9]{5,32}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");
    private static final Pattern INTEGER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern PRODUCT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1), LAST = LocalDate.of(2200, 12, 31);

    private FieldChecks() {
    }

    /** @throws InvalidInputException with every problem found */
    static Checked require(RequestType type, Map<String, String> fields, BigDecimal amount, String currency) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> clean = new LinkedHashMap<>();
        Map<String, FieldSpec> specs = new LinkedHashMap<>();
        type.fields().forEach(s -> specs.put(s.name(), s));
        for (String name : fields.keySet()) {
            if (!specs.containsKey(name)) {
                errors.add(new FieldError("fields." + shown(name), "is not a field of " + type.code() + ": its fields are " + specs.keySet()));
            }
        }
        for (FieldSpec spec : specs.values()) {
            String v = value(errors, spec, fields.get(spec.name()));
            if (v != null) {
                clean.put(spec.name(), v);
            }
        }
        amount(errors, type.amount(), amount, currency);
        if (errors.isEmpty()) {
            errors.addAll(type.check(Map.copyOf(clean)));
        }
        if (errors.isEmpty() && FieldCodec.encode(clean).length() > 4000) {
            errors.add(new FieldError("fields", "are longer than 4000 characters together"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(clean, amount, amount == null ? null : currency);
    }

    private static String value(List<FieldError> errors, FieldSpec spec, String raw) {
        String field = "fields." + spec.name();
        return switch (spec.kind()) {
        case TEXT -> TextRules.check(errors, field, raw, spec.required(), spec.maxLength(), false);
        case NOTE -> TextRules.check(errors, field, raw, spec.required(), spec.maxLength(), true);
        default -> {
            String v = TextRules.check(errors, field, raw, spec.required(), 64, false);
            if (v == null) {
                yield null;
            }
            String problem = switch (spec.kind()) {
            case ACCOUNT -> ACCOUNT.matcher(v).matches() ? null : "is not an account or card number: 6 to 32 digits";
            case ID_NUMBER -> ID_NUMBER.matcher(v).matches() ? null : "is not a document number: 5 to 32 letters and digits";
            case PHONE -> PHONE.matcher(v).matches() ? null : "is not a phone number: 5 to 20 digits, an optional leading +";
            case INTEGER -> INTEGER.matcher(v).matches() ? null : "is not a whole number of at most 9 digits";
            case PRODUCT -> PRODUCT.matcher(v).matches() ? null : "is not a product code";
            case DATE -> date(v);
            case CHOICE -> spec.choices().contains(v) ? null : "'" + v + "' is not one of " + spec.choices();
            default -> null;
            };
            if (problem != null) {
                errors.add(new FieldError(field, problem));
                yield null;
            }
            yield v;
        }
        };
    }

    private static String date(String v) {
        try {
            LocalDate d = DATE.matcher(v).matches() ? LocalDate.parse(v) : null;
            if (d == null) {
                return "is not a date: yyyy-MM-dd";
            }
            return d.isBefore(FIRST) || d.isAfter(LAST) ? "is outside " + FIRST + " to " + LAST : null;
        } catch (DateTimeParseException e) {
            return "is not a date: yyyy-MM-dd";
        }
    }

    private static void amount(List<FieldError> errors, AmountUse use, BigDecimal amount, String currency) {
        if (amount == null) {
            if (use == AmountUse.REQUIRED) {
                errors.add(new FieldError("amount", "is required for this type"));
            }
            if (currency != null) {
                errors.add(new FieldError("currency", "is given without an amount"));
            }
            return;
        }
        if (use == AmountUse.NONE) {
            errors.add(new FieldError("amount", "this type carries no amount"));
            return;
        }
        if (amount.signum() <= 0) {
            errors.add(new FieldError("amount", "must be more than 0"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("amount", "has more than 2 decimals"));
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            errors.add(new FieldError("amount", "is more than " + MAX_AMOUNT.toPlainString()));
        }
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            errors.add(new FieldError("currency", "'" + shown(currency) + "' is not an ISO 4217 code of 3 capital letters"));
        }
    }

    private static String shown(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
