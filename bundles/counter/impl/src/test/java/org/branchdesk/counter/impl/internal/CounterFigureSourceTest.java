package org.branchdesk.counter.impl.internal;

import org.branchdesk.platform.figures.DailySeries;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.branchdesk.counter.api.Diversion;
import org.branchdesk.platform.figures.Figure;
import org.branchdesk.platform.figures.FigurePeriod;
import org.branchdesk.platform.figures.FigurePoint;
import org.branchdesk.platform.figures.FigureUnit;
import org.junit.Test;

/** The counter figures' pure parts: the diversion figure from the counter's report, the daily series. */
public class CounterFigureSourceTest {

    @Test
    public void theDiversionIsAPercentAgainstTheTarget() {
        Figure f = CounterFigureSource.diversion(JpaCounterFigures.diversion(9, 3));
        assertEquals("counter.diversion", f.id());
        assertEquals(FigureUnit.PERCENT, f.unit());
        assertEquals(75.0, f.value(), 0);
        assertEquals(90.0, f.target(), 0);
        assertTrue(f.how().get("zh-CN").contains("超柜") || f.title().get("zh-CN").contains("超柜"));
    }

    @Test
    public void withoutTheLobbyTheDiversionHasNoValueAndSaysWhy() {
        Figure f = CounterFigureSource.diversion(null);
        assertNull(f.value());
        assertTrue(f.how().get("en"), f.how().get("en").contains("lobby module is not installed"));
        assertTrue(f.how().get("zh-CN").contains("未安装大堂模块"));
    }

    @Test
    public void withoutSelfServiceBusinessTheDiversionHasNoValue() {
        Figure f = CounterFigureSource.diversion(new Diversion(0, 0, null, 0.9));
        assertNull(f.value());
        assertTrue(f.how().get("en").contains("no self-service-capable business"));
    }

    @Test
    public void emptyDaysOfTheCompletedSeriesAreZero() {
        LocalDate d = LocalDate.of(2026, 12, 1);
        assertEquals(List.of(new FigurePoint(d, 0), new FigurePoint(d.plusDays(1), 2)),
                DailySeries.everyDay(new FigurePeriod(d, d.plusDays(1)), Map.of(d.plusDays(1), 2L), 0));
    }
}
