package org.branchdesk.counter.impl.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.branchdesk.platform.api.InvalidInputException.FieldError;

/**
 * The policy's {@code KEY=amount} lists (role limits, personal limits, exchange rates), parsed.
 * {@code unlimited} (limits only) is kept as null.
 */
final class PolicyAmounts {

    static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    static final Set<String> CHECKER_ROLES = Set.of("BUSINESS_OFFICER", "OPERATIONS_SUPERVISOR", "CENTER_HEAD");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,13}(\\.\\d{1,2})?");
    private static final Pattern RATE = Pattern.compile("\\d{1,9}(\\.\\d{1,8})?");
    static final String UNLIMITED = "unlimited";

    private PolicyAmounts() {
    }

    /** Role limits: keys are checker roles, values amounts or unlimited. */
    static Map<String, BigDecimal> roleLimits(String[] lines, List<FieldError> errors) {
        return parse(PolicyConfigCheck.ROLE_LIMITS, lines, errors, CHECKER_ROLES::contains, "not a checker role (BUSINESS_OFFICER, OPERATIONS_SUPERVISOR, CENTER_HEAD)", true, AMOUNT);
    }

    static Map<String, BigDecimal> personalLimits(String[] lines, List<FieldError> errors) {
        return parse(PolicyConfigCheck.PERSONAL_LIMITS, lines, errors, k -> USERNAME.matcher(k).matches(), "not a username", true, AMOUNT);
    }

    static Map<String, BigDecimal> rates(String[] lines, String base, List<FieldError> errors) {
        Map<String, BigDecimal> rates = parse(PolicyConfigCheck.RATES, lines, errors, k -> CURRENCY.matcher(k).matches() && !k.equals(base),
                "not a currency code other than the base currency " + base, false, RATE);
        rates.forEach((c, r) -> {
            if (r.signum() <= 0) {
                errors.add(new FieldError(PolicyConfigCheck.RATES, c + ": the rate must be above 0"));
            }
        });
        return rates;
    }

    private static Map<String, BigDecimal> parse(String field, String[] lines, List<FieldError> errors, Predicate<String> key,
            String keyProblem, boolean unlimited, Pattern number) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (String line : lines) {
            String text = line == null ? "" : line.trim();
            if (text.isEmpty()) {
                continue;
            }
            int eq = text.indexOf('=');
            String k = eq < 0 ? text : text.substring(0, eq).trim();
            String v = eq < 0 ? "" : text.substring(eq + 1).trim();
            if (eq < 0) {
                errors.add(new FieldError(field, "'" + text + "' is not 'name=value'"));
            } else if (!key.test(k)) {
                errors.add(new FieldError(field, "'" + k + "' is " + keyProblem));
            } else if (values.containsKey(k)) {
                errors.add(new FieldError(field, "'" + k + "' is given twice"));
            } else if (unlimited && UNLIMITED.equals(v)) {
                values.put(k, null);
            } else if (number.matcher(v).matches()) {
                values.put(k, new BigDecimal(v));
            } else {
                errors.add(new FieldError(field, k + ": '" + v + "' is not " + (unlimited ? "an amount (up to 2 decimals) or 'unlimited'" : "a rate")));
            }
        }
        return values;
    }
}
