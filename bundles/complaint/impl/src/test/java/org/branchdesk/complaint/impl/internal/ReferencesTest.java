package org.branchdesk.complaint.impl.internal;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;

import org.junit.Test;

public class ReferencesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    public void aReferenceIsTheDayAndAtLeastFourDigits() {
        assertEquals("CP-20261201-0007", References.reference(DAY, 7));
        assertEquals("CP-20261201-10000", References.reference(DAY, 10_000));
    }

    @Test
    public void aStoredReferenceGivesBackItsDailyNumber() {
        assertEquals(7, References.numberOf(References.reference(DAY, 7)));
        assertEquals(10_000, References.numberOf(References.reference(DAY, 10_000)));
        assertEquals(0, References.numberOf("CP-20261201-"));
        assertEquals(0, References.numberOf("CP-20261201-00x7"));
    }
}
