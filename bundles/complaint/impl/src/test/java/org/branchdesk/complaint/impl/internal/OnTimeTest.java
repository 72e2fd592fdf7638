package org.branchdesk.complaint.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.figures.FigurePeriod;
import org.branchdesk.platform.figures.FigurePoint;
import org.junit.Test;

public class OnTimeTest {

    @Test
    public void everyDayOfThePeriodHasAPoint() {
        LocalDate d1 = LocalDate.parse("2026-07-01");
        List<FigurePoint> points = OnTime.daily(new FigurePeriod(d1, d1.plusDays(2)), Map.of(d1.plusDays(1), 3L));
        assertEquals(List.of(new FigurePoint(d1, 0), new FigurePoint(d1.plusDays(1), 3), new FigurePoint(d1.plusDays(2), 0)), points);
    }

    @Test
    public void onTimeMeansNeverOverdueAndResolvedByTheDeadline() {
        assertTrue(OnTime.onTime(false, 100L, 100L));
        assertFalse(OnTime.onTime(false, 101L, 100L));
        assertFalse(OnTime.onTime(true, 50L, 100L));
        assertFalse(OnTime.onTime(false, null, 100L));
    }

    @Test
    public void nothingClosedNoShare() {
        assertNull(OnTime.percent(0, 0));
        assertEquals(75.0, OnTime.percent(3, 4), 1e-9);
    }
}
