package org.branchdesk.platform.admin.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one runtime runs, as far as the runtimes of one branch must agree: its tier, its bundles
 * ({@code symbolic-name version} and state) and the configuration in force (every property of every
 * Branchdesk PID but the database connection, which each runtime may size for itself), and how two
 * such descriptions differ.
 */
record RuntimeDescription(String tier, Map<String, String> bundles, Map<String, String> settings) {

    /** Each runtime's own: its connection pool may differ; the database itself is the one they share. */
    static final Set<String> OWN_PIDS = Set.of("org.branchdesk.database");

    /** From the bundles and the configuration model as the inventory and {@link ConfigurationReport} give them. */
    static RuntimeDescription of(String tier, Collection<Inventory.BundleInfo> bundles, Collection<ConfigurationReport.Pid> configuration) {
        Map<String, String> b = new TreeMap<>();
        for (Inventory.BundleInfo info : bundles) {
            if (info.id() != 0) {
                b.put(info.symbolicName() + " " + info.version(), info.state());
            }
        }
        Map<String, String> s = new TreeMap<>();
        for (ConfigurationReport.Pid pid : configuration) {
            if (!OWN_PIDS.contains(pid.pid())) {
                for (ConfigurationReport.Property p : pid.properties()) {
                    s.put(pid.pid() + " " + p.id(), text(p.value()));
                }
            }
        }
        return new RuntimeDescription(tier, b, s);
    }

    private static String text(Object value) {
        String v = value instanceof Collection<?> c ? c.stream().map(String::valueOf).collect(Collectors.joining(",")) : String.valueOf(value);
        return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The bundles as stored: {@code name version=STATE} lines. */
    String bundleLines() {
        return lines(bundles);
    }

    /** The configuration as stored: {@code pid property=value} lines. */
    String settingLines() {
        return lines(settings);
    }

    /** Back from the stored lines. */
    static RuntimeDescription parse(String tier, String bundleLines, String settingLines) {
        return new RuntimeDescription(tier, map(bundleLines), map(settingLines));
    }

    private static String lines(Map<String, String> m) {
        return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    private static Map<String, String> map(String lines) {
        Map<String, String> m = new TreeMap<>();
        if (lines != null) {
            for (String line : lines.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    m.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return m;
    }

    /** One configuration property that differs: its value here and there (null where the PID or property is absent). */
    record Setting(String pid, String property, String here, String there) {
    }

    /** One bundle in a different state on the two runtimes. */
    record BundleState(String bundle, String here, String there) {
    }

    /**
     * How another runtime differs from this one; {@link #none()} when they agree.
     *
     * @param tier null when the tiers are the same
     */
    record Differences(Map<String, String> tier, List<Setting> configuration, List<String> bundlesOnlyThere, List<String> bundlesOnlyHere,
            List<BundleState> bundleStates) {

        boolean none() {
            return tier == null && configuration.isEmpty() && bundlesOnlyThere.isEmpty() && bundlesOnlyHere.isEmpty() && bundleStates.isEmpty();
        }

        /** The differing PIDs, each with its differing properties: {@code org.branchdesk.complaint (escalationDays)}. */
        List<String> pids() {
            Map<String, List<String>> byPid = new TreeMap<>();
            configuration.forEach(s -> byPid.computeIfAbsent(s.pid(), k -> new ArrayList<>()).add(s.property()));
            return byPid.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").toList();
        }
    }

    /** How {@code there} differs from this runtime. */
    Differences against(RuntimeDescription there) {
        Map<String, String> tierDiff = null;
        if (!Objects.equals(tier, there.tier)) {
            tierDiff = new LinkedHashMap<>();
            tierDiff.put("here", tier);
            tierDiff.put("there", there.tier);
        }
        List<Setting> configuration = new ArrayList<>();
        Set<String> keys = new TreeSet<>(settings.keySet());
        keys.addAll(there.settings.keySet());
        for (String key : keys) {
            String a = settings.get(key);
            String b = there.settings.get(key);
            if (!Objects.equals(a, b)) {
                int space = key.indexOf(' ');
                configuration.add(new Setting(key.substring(0, space), key.substring(space + 1), a, b));
            }
        }
        List<String> onlyThere = there.bundles.keySet().stream().filter(k -> !bundles.containsKey(k)).toList();
        List<String> onlyHere = bundles.keySet().stream().filter(k -> !there.bundles.containsKey(k)).toList();
        List<BundleState> states = bundles.entrySet().stream()
                .filter(e -> there.bundles.containsKey(e.getKey()) && !e.getValue().equals(there.bundles.get(e.getKey())))
                .map(e -> new BundleState(e.getKey(), e.getValue(), there.bundles.get(e.getKey()))).toList();
        return new Differences(tierDiff, configuration, onlyThere, onlyHere, states);
    }
}
