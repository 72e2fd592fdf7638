package org.branchdesk.counter.impl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/**
 * The rules of the {@value #PID} configuration, in one place: the platform's guard asks this check
 * before a configuration reaches {@link AuthorisationPolicy}, which runs the same rules
 * ({@link #require}) on what it is given.
 */
@Component(property = ConfigurationCheck.PID + "=" + PolicyConfigCheck.PID)
public final class PolicyConfigCheck implements ConfigurationCheck {

    static final String PID = "org.branchdesk.counter.policy";
    static final String RULES = "rules", ROLE_LIMITS = "roleLimits", PERSONAL_LIMITS = "personalLimits", BASE = "baseCurrency",
            RATES = "rates", MAX_WAIT = "inboxMaxWaitSeconds";

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        return errors(values(properties, RULES), values(properties, ROLE_LIMITS), values(properties, PERSONAL_LIMITS),
                String.join(",", values(properties, BASE)), values(properties, RATES), String.join(",", values(properties, MAX_WAIT)));
    }

    /** What is wrong, each error naming its attribute. */
    static List<FieldError> errors(String[] rules, String[] roleLimits, String[] personalLimits, String base, String[] rates, String maxWait) {
        List<FieldError> errors = new ArrayList<>(PolicyRules.errors(rules));
        PolicyAmounts.roleLimits(roleLimits, errors);
        PolicyAmounts.personalLimits(personalLimits, errors);
        String b = base == null ? "" : base.trim();
        if (!PolicyAmounts.CURRENCY.matcher(b).matches()) {
            errors.add(new FieldError(BASE, "'" + b + "' is not a currency code of three capital letters"));
        }
        PolicyAmounts.rates(rates, b, errors);
        String problem = maxWaitProblem(maxWait);
        if (problem != null) {
            errors.add(new FieldError(MAX_WAIT, MAX_WAIT + ": " + problem));
        }
        return errors;
    }

    static String maxWaitProblem(String value) {
        try {
            long n = Long.parseLong(value.trim());
            if (n >= 1 && n <= 86_400) {
                return null;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return "'" + value + "' is not a whole number of seconds from 1 to 86400";
    }

    /** The same rules for the component: a configuration that breaks them stops it with the same messages. */
    static PolicyConfig require(PolicyConfig c) {
        List<FieldError> errors = errors(c.rules(), c.roleLimits(), c.personalLimits(), c.baseCurrency(), c.rates(),
                String.valueOf(c.inboxMaxWaitSeconds()));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors.stream()
                    .map(e -> (e.line() == null ? "" : "line " + e.line() + ": ") + e.field() + ": " + e.message()).toList()));
        }
        return c;
    }

    private static String[] values(Map<String, Object> properties, String attribute) {
        return ConfigurationCheck.valuesOrDefault(properties, attribute, PolicyConfig.class);
    }
}
