package org.branchdesk.relationship.impl.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.branchdesk.customer.api.Segment;
import org.branchdesk.platform.api.InvalidInputException.FieldError;

/**
 * Contact plans by segment, from lines like {@code PRIVATE=14} (days between planned contacts).
 * A segment without a line has no plan. {@link #errors} is the one rule for the lines: the
 * configuration check refuses with it, {@link #of} builds with it.
 */
final class ContactPlan {

    static final String CONTACT_DAYS = "contactDays";
    /** The longest interval accepted: a plan that asks less than once a year is no plan. */
    static final int MAX_DAYS = 366;

    private final Map<Segment, Integer> days;

    private ContactPlan(Map<Segment, Integer> days) {
        this.days = Collections.unmodifiableMap(days);
    }

    /** What is wrong with the lines, at most one error, naming {@value #CONTACT_DAYS}; empty when they parse. */
    static List<FieldError> errors(String[] lines) {
        List<FieldError> errors = new ArrayList<>();
        parse(lines, errors);
        return errors;
    }

    /** The plan, or IllegalArgumentException with the message of {@link #errors}. */
    static ContactPlan of(String[] lines) {
        List<FieldError> errors = new ArrayList<>();
        Map<Segment, Integer> days = parse(lines, errors);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(errors.get(0).message());
        }
        return new ContactPlan(days);
    }

    /** Days between planned contacts for the segment; empty for a segment without a plan (or no segment yet). */
    OptionalInt interval(Segment segment) {
        Integer d = segment == null ? null : days.get(segment);
        return d == null ? OptionalInt.empty() : OptionalInt.of(d);
    }

    Map<Segment, Integer> intervals() {
        return days;
    }

    /**
     * The day the next planned contact is due: the last contact plus the segment's interval or,
     * with no contact yet, the day the customer got their manager plus the interval. Null for a
     * segment without a plan, or when neither instant is known.
     */
    LocalDate nextDue(Segment segment, Instant lastContact, Instant managerSince, ZoneId zone) {
        OptionalInt interval = interval(segment);
        Instant from = lastContact != null ? lastContact : managerSince;
        if (interval.isEmpty() || from == null) {
            return null;
        }
        return LocalDate.ofInstant(from, zone).plusDays(interval.getAsInt());
    }

    private static Map<Segment, Integer> parse(String[] lines, List<FieldError> errors) {
        Map<Segment, Integer> map = new EnumMap<>(Segment.class);
        for (String line : lines) {
            String[] kv = line.split("=", -1);
            try {
                if (kv.length != 2) {
                    throw new IllegalArgumentException();
                }
                Segment segment = Segment.valueOf(kv[0].trim());
                int d = Integer.parseInt(kv[1].trim());
                if (d < 1 || d > MAX_DAYS || map.containsKey(segment)) {
                    throw new IllegalArgumentException();
                }
                map.put(segment, d);
            } catch (RuntimeException e) {
                errors.add(new FieldError(CONTACT_DAYS, CONTACT_DAYS + ": '" + line + "' is not SEGMENT=days (a segment once, 1 to "
                        + MAX_DAYS + " days; segments " + List.of(Segment.values()) + ")"));
                return map;
            }
        }
        return map;
    }
}
