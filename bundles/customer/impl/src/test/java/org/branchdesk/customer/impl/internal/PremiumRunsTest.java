package org.branchdesk.customer.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.branchdesk.platform.figures.FigurePeriod;
import org.branchdesk.platform.figures.FigurePoint;
import org.junit.Test;

public class PremiumRunsTest {

    private static final ZoneId ZONE = ZoneOffset.ofHours(8);

    private static long at(String day) {
        return LocalDate.parse(day).atTime(10, 0).atZone(ZONE).toInstant().toEpochMilli();
    }

    @Test
    public void premiumIsPrivateHighAndMid() {
        assertEquals(1 + 4 + 6, PremiumRuns.premium("PRIVATE=1,HIGH=4,MID=6,MASS_AFFLUENT=7,POTENTIAL=2,ORDINARY=30"));
        assertEquals(0, PremiumRuns.premium("ORDINARY=3"));
        assertEquals(0, PremiumRuns.premium(""));
        assertEquals(0, PremiumRuns.premium(null));
    }

    @Test
    public void theLatestRunOfThePeriodCountsAndTheChangeIsAgainstTheRunBefore() {
        PremiumRuns.Run before = new PremiumRuns.Run(1, at("2026-06-30"), "MID=2");
        PremiumRuns.Run first = new PremiumRuns.Run(2, at("2026-07-02"), "MID=3,HIGH=1");
        PremiumRuns.Run second = new PremiumRuns.Run(3, at("2026-09-15"), "MID=5,HIGH=1,PRIVATE=1");
        PremiumRuns.Run after = new PremiumRuns.Run(4, at("2026-10-02"), "MID=9");
        PremiumRuns.InPeriod in = PremiumRuns.split(List.of(after, second, before, first),
                new FigurePeriod(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-09-30")), ZONE);
        assertEquals(List.of(first, second), in.runs());
        assertEquals(before, in.before());
        assertEquals(second, in.latest());
        assertEquals(Double.valueOf(3), PremiumRuns.change(in));
        assertEquals(List.of(new FigurePoint(LocalDate.parse("2026-07-02"), 4), new FigurePoint(LocalDate.parse("2026-09-15"), 7)),
                PremiumRuns.series(in, ZONE));
    }

    @Test
    public void aSingleRunIsComparedWithTheOneBeforeThePeriod() {
        PremiumRuns.Run before = new PremiumRuns.Run(1, at("2026-06-30"), "MID=2");
        PremiumRuns.Run only = new PremiumRuns.Run(2, at("2026-07-02"), "MID=1");
        PremiumRuns.InPeriod in = PremiumRuns.split(List.of(before, only),
                new FigurePeriod(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-31")), ZONE);
        assertEquals(Double.valueOf(-1), PremiumRuns.change(in));
    }

    @Test
    public void noRunNoFigure() {
        PremiumRuns.InPeriod in = PremiumRuns.split(List.of(), new FigurePeriod(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-31")), ZONE);
        assertNull(in.latest());
        assertNull(PremiumRuns.change(in));
        assertEquals(List.of(), PremiumRuns.series(in, ZONE));
        PremiumRuns.InPeriod first = PremiumRuns.split(List.of(new PremiumRuns.Run(1, at("2026-07-05"), "HIGH=2")),
                new FigurePeriod(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-31")), ZONE);
        assertNull("a first run has nothing to compare with", PremiumRuns.change(first));
    }

    @Test
    public void percentOfNothingIsNone() {
        assertNull(PremiumRuns.percent(0, 0));
        assertEquals(50.0, PremiumRuns.percent(1, 2), 1e-9);
    }
}
