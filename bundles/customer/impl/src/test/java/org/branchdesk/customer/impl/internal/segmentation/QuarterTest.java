package org.branchdesk.customer.impl.internal.segmentation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.branchdesk.platform.api.InvalidInputException;
import org.junit.Test;

public class QuarterTest {

    @Test
    public void parsesAndPrintsTheSameForm() {
        assertEquals(new Quarter(2026, 3), Quarter.parse("2026-Q3"));
        assertEquals("2026-Q3", Quarter.parse("2026-Q3").toString());
        assertEquals("1999-Q1", new Quarter(1999, 1).toString());
    }

    @Test
    public void startEndAndDays() {
        Quarter q3 = Quarter.parse("2026-Q3");
        assertEquals(LocalDate.of(2026, 7, 1), q3.start());
        assertEquals(LocalDate.of(2026, 9, 30), q3.end());
        assertEquals(92, q3.days());
        assertEquals(90, Quarter.parse("2026-Q1").days());
        assertEquals("leap year", 91, Quarter.parse("2024-Q1").days());
        assertEquals(LocalDate.of(2024, 3, 31), Quarter.parse("2024-Q1").end());
        assertEquals(91, Quarter.parse("2026-Q2").days());
        assertEquals(LocalDate.of(2026, 12, 31), Quarter.parse("2026-Q4").end());
        assertEquals(92, Quarter.parse("2026-Q4").days());
    }

    @Test
    public void ofAndPrevious() {
        assertEquals(Quarter.parse("2026-Q1"), Quarter.of(LocalDate.of(2026, 1, 1)));
        assertEquals(Quarter.parse("2026-Q1"), Quarter.of(LocalDate.of(2026, 3, 31)));
        assertEquals(Quarter.parse("2026-Q2"), Quarter.of(LocalDate.of(2026, 4, 1)));
        assertEquals(Quarter.parse("2026-Q3"), Quarter.of(LocalDate.of(2026, 8, 15)));
        assertEquals(Quarter.parse("2026-Q4"), Quarter.of(LocalDate.of(2026, 12, 31)));
        assertEquals(Quarter.parse("2025-Q4"), Quarter.parse("2026-Q1").previous());
        assertEquals(Quarter.parse("2026-Q2"), Quarter.parse("2026-Q3").previous());
    }

    @Test
    public void endedOnlyAfterItsLastDay() {
        Quarter q3 = Quarter.parse("2026-Q3");
        assertFalse(q3.endedBefore(LocalDate.of(2026, 8, 1)));
        assertFalse(q3.endedBefore(LocalDate.of(2026, 9, 30)));
        assertTrue(q3.endedBefore(LocalDate.of(2026, 10, 1)));
    }

    @Test
    public void malformedQuartersAreA400OnTheQuarterField() {
        for (String bad : new String[] { "2026-Q5", "2026-Q0", "2026Q3", "26-Q3", "2026-q3", "2026-Q3 ", " 2026-Q3", "",
                "Q3-2026", "2026-Q12", "20260-Q1", "2026-3" }) {
            InvalidInputException e = assertThrows(bad, InvalidInputException.class, () -> Quarter.parse(bad));
            assertEquals("quarter", e.field());
            assertTrue(e.getMessage(), e.errors().get(0).message().contains("2026-Q3"));
        }
        assertEquals("quarter", assertThrows(InvalidInputException.class, () -> Quarter.parse(null)).field());
    }

    @Test
    public void aQuarterNumberOutsideOneToFourIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new Quarter(2026, 5));
    }
}
