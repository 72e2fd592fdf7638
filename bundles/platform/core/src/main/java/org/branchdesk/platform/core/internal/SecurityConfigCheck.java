package org.branchdesk.platform.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/**
 * Refuses security settings out of range before they reach {@link JpaStaff}, so that a bad value
 * in {@code etc/} leaves logins working with the settings they have; {@link JpaStaff} checks the
 * same ranges at activation.
 */
@Component(property = ConfigurationCheck.PID + "=org.branchdesk.security")
public final class SecurityConfigCheck implements ConfigurationCheck {

    /** Each whole-number property with its smallest and largest value. */
    static final Map<String, long[]> RANGES = new LinkedHashMap<>();
    static {
        RANGES.put("passwordIterations", new long[] { 10_000, 100_000_000 });
        RANGES.put("tokenHours", new long[] { 1, 24 * 366 });
        RANGES.put("idleSeconds", new long[] { 1, 24 * 366 * 3600 });
        RANGES.put("minPasswordLength", new long[] { 8, 128 });
        RANGES.put("maxFailuresPerAccount", new long[] { 1, 100 });
        RANGES.put("maxFailuresPerAddress", new long[] { 1, 10_000 });
        RANGES.put("lockMinutes", new long[] { 1, 1440 });
        RANGES.put("failureDelaySeconds", new long[] { 0, 10 });
    }

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Long> values = new LinkedHashMap<>();
        RANGES.forEach((name, range) -> {
            String[] given = ConfigurationCheck.values(properties.get(name));
            long value = given == null || given.length == 0 ? defaultOf(name) : parse(given[0]);
            values.put(name, value);
            outOfRange(name, value).ifPresent(errors::add);
        });
        if (values.get("idleSeconds") > values.get("tokenHours") * 3600) {
            errors.add(new FieldError("idleSeconds", "must not be longer than tokenHours"));
        }
        String[] proxies = ConfigurationCheck.values(properties.get("trustedProxies"));
        if (proxies != null && Arrays.stream(proxies).flatMap(p -> Arrays.stream(p.split(",", -1)))
                .anyMatch(String::isBlank)) {
            errors.add(new FieldError("trustedProxies", "must not hold an empty address"));
        }
        return errors;
    }

    /** The message of a value out of its range, as activation reports it too. */
    static Optional<FieldError> outOfRange(String name, long value) {
        long[] range = RANGES.get(name);
        return value < range[0] || value > range[1]
                ? Optional.of(new FieldError(name, name + " must be " + range[0] + " to " + range[1] + ", not " + value))
                : Optional.empty();
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE; // the metatype check has reported the type; this reports the range
        }
    }

    private static long defaultOf(String name) {
        try {
            return ((Number) SecurityConfig.class.getMethod(name).getDefaultValue()).longValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
