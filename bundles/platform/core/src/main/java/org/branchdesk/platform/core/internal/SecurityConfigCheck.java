package org.branchdesk.platform.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/**
 * The rules of the security settings (PID {@code org.branchdesk.security}), in one place: the
 * configuration guard asks {@link #check} before a file in {@code etc/} takes effect, so that a
 * bad value leaves logins working with the settings they have, and {@link JpaStaff} and
 * {@link Passwords} apply the same rules ({@link #require}) to what reaches them, with the same
 * words.
 */
@Component(property = ConfigurationCheck.PID + "=" + SecurityConfigCheck.PID)
public final class SecurityConfigCheck implements ConfigurationCheck {

    static final String PID = "org.branchdesk.security";

    /** A whole-number property's smallest and largest value, and how to read it from the typed configuration. */
    private record Range(long min, long max, ToLongFunction<SecurityConfig> of) {
    }

    private static final Map<String, Range> RANGES = new LinkedHashMap<>();
    static {
        RANGES.put("passwordIterations", new Range(10_000, 100_000_000, SecurityConfig::passwordIterations));
        RANGES.put("tokenHours", new Range(1, 24 * 366, SecurityConfig::tokenHours));
        RANGES.put("idleSeconds", new Range(1, 24 * 366 * 3600, SecurityConfig::idleSeconds));
        RANGES.put("sessionCheckSeconds", new Range(0, 3600, SecurityConfig::sessionCheckSeconds));
        RANGES.put("minPasswordLength", new Range(8, 128, SecurityConfig::minPasswordLength));
        RANGES.put("maxFailuresPerAccount", new Range(1, 100, SecurityConfig::maxFailuresPerAccount));
        RANGES.put("maxFailuresPerAddress", new Range(1, 10_000, SecurityConfig::maxFailuresPerAddress));
        RANGES.put("lockMinutes", new Range(1, 1440, SecurityConfig::lockMinutes));
        RANGES.put("failureDelaySeconds", new Range(0, 10, SecurityConfig::failureDelaySeconds));
    }

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        Map<String, Long> values = new LinkedHashMap<>();
        RANGES.keySet().forEach(name -> {
            String[] given = ConfigurationCheck.values(properties.get(name));
            // an empty value is the default, as for an absent one
            String[] value = given == null || given.length == 0 ? ConfigurationCheck.valuesOrDefault(Map.of(), name, SecurityConfig.class) : given;
            values.put(name, parse(value[0]));
        });
        return problems(values, ConfigurationCheck.values(properties.get("trustedProxies")));
    }

    /** Every rule, on the whole-number values by name and the trusted proxies as given. */
    static List<FieldError> problems(Map<String, Long> values, String[] trustedProxies) {
        List<FieldError> errors = new ArrayList<>();
        RANGES.keySet().forEach(name -> outOfRange(name, values.get(name)).ifPresent(errors::add));
        long idle = values.get("idleSeconds");
        long token = values.get("tokenHours") * 3600;
        if (idle > token) {
            errors.add(new FieldError("idleSeconds", "must not be longer than tokenHours (" + token + " seconds), not " + idle));
        }
        if (trustedProxies(trustedProxies).stream().anyMatch(String::isEmpty)) {
            errors.add(new FieldError("trustedProxies", "must not hold an empty address"));
        }
        return errors;
    }

    /**
     * The settings a component is activated with, by the same rules.
     *
     * @throws IllegalArgumentException naming each offending property as the guard does; activation
     *         fails with it, and the health endpoint reports it
     */
    static void require(SecurityConfig config) {
        Map<String, Long> values = new LinkedHashMap<>();
        RANGES.forEach((name, range) -> values.put(name, range.of().applyAsLong(config)));
        fail(problems(values, config.trustedProxies()));
    }

    /** One whole-number property, by its rule. */
    static void require(String name, long value) {
        fail(outOfRange(name, value).stream().toList());
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        }
    }

    /** The addresses of trustedProxies: a .cfg file gives one string, so "10.1.0.5, 10.1.0.6" is two proxies. */
    static List<String> trustedProxies(String[] given) {
        return Arrays.stream(given == null ? new String[0] : given).flatMap(p -> Arrays.stream(p.split(",", -1))).map(String::trim)
                .toList();
    }

    /** The error of a value out of its range. */
    static Optional<FieldError> outOfRange(String name, long value) {
        Range range = RANGES.get(name);
        return value < range.min() || value > range.max()
                ? Optional.of(new FieldError(name, "must be " + range.min() + " to " + range.max() + ", not " + value))
                : Optional.empty();
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE; // the metatype check has reported the type; this reports the range
        }
    }
}
