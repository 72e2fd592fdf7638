package org.branchdesk.complaint.impl.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.branchdesk.complaint.api.Severity;

/** Acknowledgement and resolution deadlines per severity, from lines like {@code HIGH=8} (hours). */
final class Deadlines {

    private final Map<Severity, Duration> acknowledge;
    private final Map<Severity, Duration> resolve;

    Deadlines(String[] acknowledgeHours, String[] resolveHours) {
        this.acknowledge = parse("acknowledgeHours", acknowledgeHours);
        this.resolve = parse("resolveHours", resolveHours);
    }

    Duration acknowledge(Severity severity) {
        return acknowledge.get(severity);
    }

    Duration resolve(Severity severity) {
        return resolve.get(severity);
    }

    private static Map<Severity, Duration> parse(String property, String[] lines) {
        Map<Severity, Duration> map = new EnumMap<>(Severity.class);
        for (String line : lines) {
            String[] kv = line.split("=");
            try {
                double hours = Double.parseDouble(kv[1].trim());
                if (kv.length != 2 || hours <= 0) {
                    throw new IllegalArgumentException();
                }
                map.put(Severity.valueOf(kv[0].trim()), Duration.ofMillis((long) (hours * 3_600_000)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(property + ": '" + line + "' is not SEVERITY=hours", e);
            }
        }
        for (Severity s : Severity.values()) {
            if (!map.containsKey(s)) {
                throw new IllegalArgumentException(property + " has no value for " + s);
            }
        }
        return map;
    }
}
