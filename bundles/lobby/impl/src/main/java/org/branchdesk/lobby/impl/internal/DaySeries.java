package org.branchdesk.lobby.impl.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.figures.FigurePeriod;
import org.branchdesk.platform.figures.FigurePoint;

/** A figure's daily series from the days a grouped query answered for. */
final class DaySeries {

    private DaySeries() {
    }

    /** Every day of the period, oldest first; a day the query did not answer for is {@code empty} (0 for counts). */
    static List<FigurePoint> everyDay(FigurePeriod period, Map<LocalDate, ? extends Number> byDay, double empty) {
        List<FigurePoint> out = new ArrayList<>((int) period.days());
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            Number n = byDay.get(d);
            out.add(new FigurePoint(d, n == null ? empty : n.doubleValue()));
        }
        return out;
    }

    /** Only the days of the period that have a value (an average is not 0 on a day with nothing to average), oldest first. */
    static List<FigurePoint> daysWithValue(FigurePeriod period, Map<LocalDate, ? extends Number> byDay) {
        List<FigurePoint> out = new ArrayList<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            Number n = byDay.get(d);
            if (n != null) {
                out.add(new FigurePoint(d, n.doubleValue()));
            }
        }
        return out;
    }

    /** The sum of the values. */
    static double total(Map<LocalDate, ? extends Number> byDay) {
        return byDay.values().stream().mapToDouble(Number::doubleValue).sum();
    }
}
