package org.branchdesk.relationship.impl.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.branchdesk.customer.api.BookEntry;
import org.branchdesk.customer.api.Maturity;
import org.branchdesk.customer.api.Segment;

/**
 * Which care events of a book fall in a window: the rule, without a framework. A birthday and the
 * anniversary of becoming premium come back every year (a 29 February one on 28 February in a
 * common year); a maturity and a configured holiday on their day. One event per customer, kind and
 * day: two holdings maturing on the same day are one maturity to plan.
 */
final class CareEventsCalendar {

    /** What a care event is about. */
    enum Kind {
        BIRTHDAY("birthday care"), MATURITY("product maturity"), ANNIVERSARY("premium anniversary"), HOLIDAY("holiday care");

        /** The purpose recorded in the interaction log. */
        final String purpose;

        Kind(String purpose) {
            this.purpose = purpose;
        }
    }

    /**
     * One care event of one customer.
     *
     * @param years      for a birthday the age reached, for an anniversary the years as a premium customer; else 0
     * @param holiday    the holiday's name, or null
     * @param maturities the holdings maturing that day, for a maturity; else empty
     */
    record Event(BookEntry customer, Kind kind, LocalDate date, int years, String holiday, List<Maturity> maturities) {

        /** The task's ref: {@code care/BIRTHDAY/2026-12-10}. */
        String ref() {
            return ref(kind, date);
        }

        static String ref(Kind kind, LocalDate date) {
            return "care/" + kind + "/" + date;
        }

        String title() {
            return switch (kind) {
            case BIRTHDAY -> "Birthday on " + date + " (" + years + ")";
            case MATURITY -> "Product maturity on " + date;
            case ANNIVERSARY -> years + (years == 1 ? " year" : " years") + " as a premium customer on " + date;
            case HOLIDAY -> holiday + " on " + date;
            };
        }
    }

    private final Map<Kind, Integer> daysAhead;
    private final Map<LocalDate, String> holidays;
    private final Set<Segment> segments;

    CareEventsCalendar(Map<Kind, Integer> daysAhead, Map<LocalDate, String> holidays, Set<Segment> segments) {
        this.daysAhead = new EnumMap<>(daysAhead);
        this.holidays = Map.copyOf(holidays);
        this.segments = Set.copyOf(segments);
    }

    int daysAhead(Kind kind) {
        return daysAhead.get(kind);
    }

    boolean cares(BookEntry customer) {
        return customer.segment() != null && segments.contains(customer.segment());
    }

    /**
     * The events of the inbox on {@code today}: raised (their day less their kind's lead time is
     * on or before today), not yet past, and due (on their day) by {@code until}, the inbox's
     * lookahead. {@code maturities} must cover the days from {@code today} to {@code until}.
     */
    List<Event> raised(Collection<BookEntry> book, Collection<Maturity> maturities, LocalDate today, LocalDate until) {
        return between(book, maturities, today, until).stream().filter(e -> !e.date().minusDays(daysAhead(e.kind())).isAfter(today))
                .toList();
    }

    /** The events dated from {@code from} to {@code to} (inclusive), whatever their lead time: a book's upcoming care. */
    List<Event> between(Collection<BookEntry> book, Collection<Maturity> maturities, LocalDate from, LocalDate to) {
        List<Event> events = new ArrayList<>();
        if (to.isBefore(from)) {
            return events;
        }
        Map<String, BookEntry> cared = new LinkedHashMap<>();
        for (BookEntry c : book) {
            if (cares(c)) {
                cared.put(c.customerId(), c);
            }
        }
        for (BookEntry c : cared.values()) {
            for (LocalDate d : annual(c.birthDate(), from, to)) {
                events.add(new Event(c, Kind.BIRTHDAY, d, d.getYear() - c.birthDate().getYear(), null, List.of()));
            }
            for (LocalDate d : annual(c.premiumSince(), from, to)) {
                events.add(new Event(c, Kind.ANNIVERSARY, d, d.getYear() - c.premiumSince().getYear(), null, List.of()));
            }
        }
        Map<String, Map<LocalDate, List<Maturity>>> maturing = new LinkedHashMap<>();
        for (Maturity m : maturities) {
            if (cared.containsKey(m.customerId()) && m.maturityDate() != null && !m.maturityDate().isBefore(from)
                    && !m.maturityDate().isAfter(to)) {
                maturing.computeIfAbsent(m.customerId(), k -> new TreeMap<>()).computeIfAbsent(m.maturityDate(), k -> new ArrayList<>())
                        .add(m);
            }
        }
        maturing.forEach((customerId, byDay) -> byDay.forEach((day, ms) -> events.add(
                new Event(cared.get(customerId), Kind.MATURITY, day, 0, null, List.copyOf(ms)))));
        holidays.forEach((day, name) -> {
            if (!day.isBefore(from) && !day.isAfter(to)) {
                cared.values().forEach(c -> events.add(new Event(c, Kind.HOLIDAY, day, 0, name, List.of())));
            }
        });
        events.sort(Comparator.comparing(Event::date).thenComparing(e -> e.customer().customerId()).thenComparing(Event::kind));
        return events;
    }

    /**
     * The days from {@code from} to {@code to} on which a yearly date first set on {@code start}
     * comes back (after {@code start} itself): 29 February on 28 February in a common year.
     */
    static List<LocalDate> annual(LocalDate start, LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        if (start == null || to.isBefore(from)) {
            return days;
        }
        for (int year = Math.max(from.getYear(), start.getYear() + 1); year <= to.getYear(); year++) {
            LocalDate d = start.withYear(year); // 29 February in a common year: 28 February
            if (!d.isBefore(from) && !d.isAfter(to)) {
                days.add(d);
            }
        }
        return days;
    }
}
