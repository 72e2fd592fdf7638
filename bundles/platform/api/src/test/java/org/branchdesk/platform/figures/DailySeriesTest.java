package org.branchdesk.platform.figures;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

public class DailySeriesTest {

    private static final LocalDate D1 = LocalDate.parse("2026-07-01");
    private static final FigurePeriod THREE_DAYS = new FigurePeriod(D1, D1.plusDays(2));

    @Test
    public void everyDayOfThePeriodHasAPointAndADayWithoutDataIsTheEmptyValue() {
        assertEquals(List.of(new FigurePoint(D1, 0), new FigurePoint(D1.plusDays(1), 3), new FigurePoint(D1.plusDays(2), 0)),
                DailySeries.everyDay(THREE_DAYS, Map.of(D1.plusDays(1), 3L), 0));
    }

    @Test
    public void anAverageHasPointsOnlyOnDaysWithAValue() {
        assertEquals(List.of(new FigurePoint(D1.plusDays(2), 12.5)),
                DailySeries.daysWithValue(THREE_DAYS, Map.of(D1.plusDays(2), 12.5, D1.plusDays(9), 1.0)));
    }

    @Test
    public void theTotalSumsTheDays() {
        assertEquals(7.0, DailySeries.total(Map.of(D1, 3L, D1.plusDays(1), 4L)), 1e-9);
    }
}
