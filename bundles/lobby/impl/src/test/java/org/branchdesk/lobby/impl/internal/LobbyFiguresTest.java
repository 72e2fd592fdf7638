package org.branchdesk.lobby.impl.internal;

import org.branchdesk.platform.figures.DailySeries;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.branchdesk.platform.figures.FigurePeriod;
import org.branchdesk.platform.figures.FigurePoint;
import org.junit.Test;

/** The lobby figures' pure parts: the daily series over the period and the average wait. */
public class LobbyFiguresTest {

    private static final LocalDate D1 = LocalDate.of(2026, 12, 1);

    @Test
    public void everyDayOfThePeriodHasAPointAndEmptyDaysAreZero() {
        Map<LocalDate, Long> byDay = new TreeMap<>(Map.of(D1.plusDays(1), 3L, D1.plusDays(3), 5L));
        List<FigurePoint> series = DailySeries.everyDay(new FigurePeriod(D1, D1.plusDays(4)), byDay, 0);
        assertEquals(List.of(new FigurePoint(D1, 0), new FigurePoint(D1.plusDays(1), 3), new FigurePoint(D1.plusDays(2), 0),
                new FigurePoint(D1.plusDays(3), 5), new FigurePoint(D1.plusDays(4), 0)), series);
        assertEquals(8.0, DailySeries.total(byDay), 0);
    }

    @Test
    public void aDayOutsideThePeriodIsNotInTheSeries() {
        Map<LocalDate, Long> byDay = Map.of(D1.minusDays(1), 7L, D1, 1L);
        assertEquals(List.of(new FigurePoint(D1, 1)), DailySeries.everyDay(new FigurePeriod(D1, D1), byDay, 0));
    }

    @Test
    public void anAverageHasPointsOnlyOnDaysWithValues() {
        Map<LocalDate, Double> byDay = Map.of(D1.plusDays(2), 42.5);
        assertEquals(List.of(new FigurePoint(D1.plusDays(2), 42.5)), DailySeries.daysWithValue(new FigurePeriod(D1, D1.plusDays(6)), byDay));
        assertTrue(DailySeries.daysWithValue(new FigurePeriod(D1, D1), Map.of()).isEmpty());
    }

    @Test
    public void theAverageWaitIsInSecondsToOneDecimal() {
        assertEquals(90.0, LobbyFigures.averageSeconds(180_000, 2), 0);
        assertEquals(1.3, LobbyFigures.averageSeconds(4_000, 3), 0);
    }
}
