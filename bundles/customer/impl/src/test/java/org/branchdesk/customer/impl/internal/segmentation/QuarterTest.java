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
    public void boundsAndDays() {
        Quarter q3 = Quarter.parse("2026-Q3");
        assertEquals(LocalDate.of(2026, 7, 1), q3.start());
        assertEquals(LocalDate.of(2026, 9, 30), q3.end());
        assertEquals(92, q3.days());
        assertEquals(91, Quarter.parse("2024-Q1").days()); // leap year
        assertEquals(90, Quarter.parse("2026-Q1").days());
        assertEquals("2026-Q3", q3.toString());
        assertEquals(Quarter.parse("2025-Q4"), Quarter.parse("2026-Q1").previous());
        assertEquals(q3, Quarter.of(LocalDate.of(2026, 8, 15)));
    }

    @Test
    public void endedOnlyAfterItsLastDay() {
        Quarter q3 = Quarter.parse("2026-Q3");
        assertFalse(q3.endedBefore(LocalDate.of(2026, 9, 30)));
        assertTrue(q3.endedBefore(LocalDate.of(2026, 10, 1)));
    }

    @Test
    public void malformedQuartersAreA400OnTheQuarterField() {
        for (String bad : new String[] { "2026-Q5", "2026-Q0", "2026Q3", "26-Q3", "2026-q3 ", "", "Q3-2026" }) {
            InvalidInputException e = assertThrows(bad, InvalidInputException.class, () -> Quarter.parse(bad));
            assertEquals("quarter", e.field());
        }
        assertEquals("quarter", assertThrows(InvalidInputException.class, () -> Quarter.parse(null)).field());
    }
}
