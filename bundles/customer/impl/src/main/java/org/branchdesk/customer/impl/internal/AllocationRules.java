package org.branchdesk.customer.impl.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.branchdesk.customer.api.ManagerLevel;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.platform.api.InvalidInputException.FieldError;

/**
 * The allocation rules as pure code: for each premium customer without a manager, the rules of
 * {@code order} are tried in turn; a hint's manager is taken if eligible (active, of the level the
 * segment needs or above, below capacity), {@link #LEAST_LOADED} takes the eligible manager with
 * the fewest customers (ties by username); a customer no rule places stays unassigned. Loads count
 * the customers given earlier in the same run.
 */
final class AllocationRules {

    /** The rule that takes the least-loaded eligible manager. */
    static final String LEAST_LOADED = "LEAST_LOADED";

    private static final Pattern RULE_NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    /** An active customer manager as allocation sees them. */
    record Manager(String username, ManagerLevel level, int capacity, int load) {
    }

    /** A premium customer without a manager. */
    record Candidate(String customerId, Segment segment) {
    }

    /** A customer given a manager, and by which rule. */
    record Choice(String customerId, String manager, String rule) {
    }

    /** What a run decided: the choices, in the candidates' order, and the customers left unassigned. */
    record Outcome(List<Choice> choices, List<String> unassigned) {
    }

    private final List<String> order;
    private final Map<Segment, ManagerLevel> levels;

    AllocationRules(List<String> order, Map<Segment, ManagerLevel> levels) {
        this.order = List.copyOf(order);
        this.levels = new EnumMap<>(Segment.class);
        this.levels.putAll(levels);
    }

    /** The rules of a configuration that passed {@link #problems}. */
    static AllocationRules of(String[] order, String[] levels) {
        List<FieldError> problems = problems(order, levels);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).field() + ": " + problems.get(0).message());
        }
        Map<Segment, ManagerLevel> needed = new EnumMap<>(Segment.class);
        for (String line : levels) {
            if (!line.isBlank()) {
                String[] kv = line.split("=", 2);
                needed.put(Segment.valueOf(kv[0].trim()), ManagerLevel.valueOf(kv[1].trim()));
            }
        }
        return new AllocationRules(Arrays.stream(order).map(String::trim).filter(s -> !s.isEmpty()).toList(), needed);
    }

    List<String> order() {
        return order;
    }

    /** The lowest level a customer of the segment needs (the lowest level of all for a segment not listed). */
    ManagerLevel needed(Segment segment) {
        return levels.getOrDefault(segment, ManagerLevel.values()[0]);
    }

    /**
     * Decides every candidate.
     *
     * @param hints    per rule name, the manager each hint suggests for the customers it knows
     * @param managers the active customer managers with their profile and current load
     */
    Outcome decide(List<Candidate> candidates, Map<String, Map<String, String>> hints, List<Manager> managers) {
        Map<String, Integer> index = new TreeMap<>();
        List<Manager> sorted = new ArrayList<>(managers);
        sorted.sort((a, b) -> a.username().compareTo(b.username()));
        int[] load = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i).username(), i);
            load[i] = sorted.get(i).load();
        }
        List<Choice> choices = new ArrayList<>();
        List<String> unassigned = new ArrayList<>();
        for (Candidate c : candidates) {
            ManagerLevel needed = needed(c.segment());
            Choice choice = null;
            for (String rule : order) {
                int chosen = -1;
                if (LEAST_LOADED.equals(rule)) {
                    for (int i = 0; i < sorted.size(); i++) {
                        if (eligible(sorted.get(i), load[i], needed) && (chosen < 0 || load[i] < load[chosen])) {
                            chosen = i;
                        }
                    }
                } else {
                    String suggested = hints.getOrDefault(rule, Map.of()).get(c.customerId());
                    Integer i = suggested == null ? null : index.get(suggested);
                    if (i != null && eligible(sorted.get(i), load[i], needed)) {
                        chosen = i;
                    }
                }
                if (chosen >= 0) {
                    load[chosen]++;
                    choice = new Choice(c.customerId(), sorted.get(chosen).username(), rule);
                    break;
                }
            }
            if (choice == null) {
                unassigned.add(c.customerId());
            } else {
                choices.add(choice);
            }
        }
        return new Outcome(choices, unassigned);
    }

    private static boolean eligible(Manager m, int load, ManagerLevel needed) {
        return m.level().atLeast(needed) && load < m.capacity();
    }

    /**
     * What is wrong with the rules of a configuration ({@code order}, {@code levels}), by the rules
     * {@link #of} makes them by; {@link AllocationConfigCheck} refuses a configuration by this.
     */
    static List<FieldError> problems(String[] order, String[] levels) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int rules = 0;
        for (String name : order == null ? new String[0] : order) {
            String n = name.trim();
            if (n.isEmpty()) {
                continue;
            }
            rules++;
            if (!RULE_NAME.matcher(n).matches()) {
                errors.add(new FieldError("order", "'" + n + "' is not a rule name: " + LEAST_LOADED
                        + " or the name of an allocation hint, e.g. LEAD_FOLLOWER (capital letters, digits and _)"));
            } else if (!seen.add(n)) {
                errors.add(new FieldError("order", "'" + n + "' is listed twice"));
            }
        }
        if (rules == 0) {
            errors.add(new FieldError("order", "at least one rule is needed, e.g. " + LEAST_LOADED));
        }
        Map<String, String> bySegment = new LinkedHashMap<>();
        for (String line : levels == null ? new String[0] : levels) {
            if (line.isBlank()) {
                continue;
            }
            String[] kv = line.split("=", 2);
            String segment = kv[0].trim();
            Segment s = Arrays.stream(Segment.values()).filter(x -> x.name().equals(segment)).findFirst().orElse(null);
            if (kv.length != 2 || s == null) {
                errors.add(new FieldError("levels", "'" + line.trim() + "' is not SEGMENT=LEVEL with a premium segment ("
                        + premiumSegments() + ") and a level (" + Arrays.toString(ManagerLevel.values()) + ")"));
                continue;
            }
            if (!s.premium()) {
                errors.add(new FieldError("levels", segment + " is not a premium segment: allocation gives managers to "
                        + premiumSegments() + " customers only"));
                continue;
            }
            String level = kv[1].trim();
            if (Arrays.stream(ManagerLevel.values()).noneMatch(l -> l.name().equals(level))) {
                errors.add(new FieldError("levels", "'" + level + "' is not a manager level; the levels are "
                        + Arrays.toString(ManagerLevel.values())));
                continue;
            }
            if (bySegment.put(segment, level) != null) {
                errors.add(new FieldError("levels", segment + " is listed twice"));
            }
        }
        return errors;
    }

    private static List<String> premiumSegments() {
        return Arrays.stream(Segment.values()).filter(Segment::premium).map(Segment::name).toList();
    }
}
