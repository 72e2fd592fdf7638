package org.branchdesk.customer.impl.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.Segment;
import org.branchdesk.platform.figures.FigurePeriod;
import org.branchdesk.platform.figures.FigurePoint;

/**
 * The pure part of {@link CustomerFigures}: which segmentation runs fall in a period, and how
 * many premium customers each left behind (read from the run's own count per segment).
 */
final class PremiumRuns {

    /** The premium segments: those whose {@link Segment#premium()} holds (200,000 CNY or more). */
    static final Set<Segment> PREMIUM = Arrays.stream(Segment.values()).filter(Segment::premium)
            .collect(Collectors.toUnmodifiableSet());

    /** A run as the figures need it: its id, when it finished and its customers per segment ("PRIVATE=1,HIGH=4"). */
    record Run(long id, long finishedAt, String bySegment) {
    }

    /** What the period's runs say: the runs in it, oldest first, and the run just before it (or null). */
    record InPeriod(List<Run> runs, Run before) {

        Run latest() {
            return runs.isEmpty() ? null : runs.get(runs.size() - 1);
        }

        /** The run before the latest one of the period: the period's previous run, or the one before the period. */
        Run previous() {
            return runs.size() >= 2 ? runs.get(runs.size() - 2) : before;
        }
    }

    private PremiumRuns() {
    }

    /** The premium customers a run counted: the sum of its premium segments. */
    static int premium(String bySegment) {
        int sum = 0;
        if (bySegment == null) {
            return 0;
        }
        for (String pair : bySegment.split(",")) {
            String[] kv = pair.split("=");
            if (kv.length == 2 && PREMIUM.contains(Segment.valueOf(kv[0].trim()))) {
                sum += Integer.parseInt(kv[1].trim());
            }
        }
        return sum;
    }

    /** The day a run finished, in the branch's zone. */
    static LocalDate day(Run run, ZoneId zone) {
        return Instant.ofEpochMilli(run.finishedAt()).atZone(zone).toLocalDate();
    }

    /** Splits runs (any order) into those finished in the period and the last one before it. */
    static InPeriod split(List<Run> runs, FigurePeriod period, ZoneId zone) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> a.finishedAt() != b.finishedAt() ? Long.compare(a.finishedAt(), b.finishedAt()) : Long.compare(a.id(), b.id()));
        List<Run> in = new ArrayList<>();
        Run before = null;
        for (Run r : sorted) {
            LocalDate d = day(r, zone);
            if (d.isBefore(period.from())) {
                before = r;
            } else if (!d.isAfter(period.to())) {
                in.add(r);
            }
        }
        return new InPeriod(List.copyOf(in), before);
    }

    /** One point per run of the period: the day it finished and the premium customers it counted. */
    static List<FigurePoint> series(InPeriod p, ZoneId zone) {
        return p.runs().stream().map(r -> new FigurePoint(day(r, zone), premium(r.bySegment()))).toList();
    }

    /** The latest run minus the one before it, or null when there is no run before. */
    static Double change(InPeriod p) {
        Run latest = p.latest();
        Run previous = p.previous();
        if (latest == null || previous == null) {
            return null;
        }
        return (double) (premium(latest.bySegment()) - premium(previous.bySegment()));
    }

    /** A share in percent, 0 to 100, or null when there is nothing to share out. */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
