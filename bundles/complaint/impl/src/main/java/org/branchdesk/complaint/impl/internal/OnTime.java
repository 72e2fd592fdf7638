package org.branchdesk.complaint.impl.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.figures.FigurePeriod;
import org.branchdesk.platform.figures.FigurePoint;

/** The pure part of {@link ComplaintFigures}: days filled in, and the share closed on time. */
final class OnTime {

    private OnTime() {
    }

    /** One point per day of the period, oldest first; a day without complaints is zero. */
    static List<FigurePoint> daily(FigurePeriod period, Map<LocalDate, Long> counts) {
        List<FigurePoint> points = new ArrayList<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            points.add(new FigurePoint(d, counts.getOrDefault(d, 0L)));
        }
        return points;
    }

    /**
     * Whether a closed complaint was on time: it never missed a deadline (the escalation check
     * marks those overdue) and it was resolved by its resolution deadline.
     */
    static boolean onTime(boolean overdue, Long resolvedAt, long resolveBy) {
        return !overdue && resolvedAt != null && resolvedAt <= resolveBy;
    }

    /** A share in percent, or null when nothing was closed. */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
