package org.branchdesk.platform.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A figure's daily series from the days a grouped query answered for (a module's figure source
 * groups by day in the database and fills the days here).
 *
 * @since 1.0
 */
public final class DailySeries {

    private DailySeries() {
    }

    /** Every day of the period, oldest first; a day the query did not answer for is {@code empty} (0 for counts). */
    public static List<FigurePoint> everyDay(FigurePeriod period, Map<LocalDate, ? extends Number> byDay, double empty) {
        List<FigurePoint> out = new ArrayList<>((int) period.days());
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            Number n = byDay.get(d);
            out.add(new FigurePoint(d, n == null ? empty : n.doubleValue()));
        }
        return out;
    }

    /** Only the days of the period that have a value (an average is not 0 on a day with nothing to average), oldest first. */
    public static List<FigurePoint> daysWithValue(FigurePeriod period, Map<LocalDate, ? extends Number> byDay) {
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
    public static double total(Map<LocalDate, ? extends Number> byDay) {
        return byDay.values().stream().mapToDouble(Number::doubleValue).sum();
    }
}
