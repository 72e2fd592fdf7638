package org.branchdesk.complaint.impl.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.branchdesk.complaint.api.Severity;
import org.branchdesk.platform.api.InvalidInputException.FieldError;

/**
 * Acknowledgement and resolution deadlines per severity, from lines like {@code HIGH=8} (hours).
 * {@link #errors} is the one rule for these lines: the configuration check refuses with it, and
 * {@link #of} builds with it.
 */
final class Deadlines {

    static final String ACKNOWLEDGE_HOURS = "acknowledgeHours";
    static final String RESOLVE_HOURS = "resolveHours";

    private final Map<Severity, Duration> acknowledge;
    private final Map<Severity, Duration> resolve;

    private Deadlines(Map<Severity, Duration> acknowledge, Map<Severity, Duration> resolve) {
        this.acknowledge = acknowledge;
        this.resolve = resolve;
    }

    /** What is wrong with the lines, at most one error per attribute, each naming it; empty when they parse. */
    static List<FieldError> errors(String[] acknowledgeHours, String[] resolveHours) {
        List<FieldError> errors = new ArrayList<>();
        parse(ACKNOWLEDGE_HOURS, acknowledgeHours, errors);
        parse(RESOLVE_HOURS, resolveHours, errors);
        return errors;
    }

    /** The deadlines, or IllegalArgumentException with the messages of {@link #errors}. */
    static Deadlines of(String[] acknowledgeHours, String[] resolveHours) {
        List<FieldError> errors = new ArrayList<>();
        Map<Severity, Duration> acknowledge = parse(ACKNOWLEDGE_HOURS, acknowledgeHours, errors);
        Map<Severity, Duration> resolve = parse(RESOLVE_HOURS, resolveHours, errors);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors.stream().map(FieldError::message).toList()));
        }
        return new Deadlines(acknowledge, resolve);
    }

    Duration acknowledge(Severity severity) {
        return acknowledge.get(severity);
    }

    Duration resolve(Severity severity) {
        return resolve.get(severity);
    }

    /** When a complaint of this severity must be acknowledged, counted from {@code from} (epoch milliseconds). */
    long acknowledgeBy(Severity severity, long from) {
        return from + acknowledge(severity).toMillis();
    }

    /** When a complaint of this severity must be resolved, counted from {@code from} (epoch milliseconds). */
    long resolveBy(Severity severity, long from) {
        return from + resolve(severity).toMillis();
    }

    /** The hours per severity; on the first fault, an error naming the attribute is added and what parsed so far returned. */
    private static Map<Severity, Duration> parse(String property, String[] lines, List<FieldError> errors) {
        Map<Severity, Duration> map = new EnumMap<>(Severity.class);
        for (String line : lines) {
            String[] kv = line.split("=");
            try {
                double hours = Double.parseDouble(kv[1].trim());
                if (kv.length != 2 || !(hours > 0) || Double.isInfinite(hours)) {
                    throw new IllegalArgumentException();
                }
                map.put(Severity.valueOf(kv[0].trim()), Duration.ofMillis((long) (hours * 3_600_000)));
            } catch (RuntimeException e) {
                errors.add(new FieldError(property, property + ": '" + line + "' is not SEVERITY=hours"));
                return map;
            }
        }
        for (Severity s : Severity.values()) {
            if (!map.containsKey(s)) {
                errors.add(new FieldError(property, property + " has no value for " + s));
                return map;
            }
        }
        return map;
    }
}
