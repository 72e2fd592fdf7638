package org.branchdesk.counter.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;

import org.branchdesk.counter.api.Diversion;
import org.branchdesk.platform.api.InvalidInputException;
import org.junit.Test;

/** The pure rules of the hand-over and the figures: core references, failure reasons, percentiles, the diversion rate. */
public class HandoverRulesTest {

    @Test
    public void aCoreReferenceIsOneTo64PrintableCharacters() {
        assertEquals("CB-2026-0001", Handovers.reference("  CB-2026-0001 "));
        assertEquals("x".repeat(64), Handovers.reference("x".repeat(64)));
        refused(null);
        refused("   ");
        refused("x".repeat(65));
        refused("CB\n1");
        refused("CB\u00071");
    }

    private static void refused(String ref) {
        try {
            Handovers.reference(ref);
            fail("accepted " + ref);
        } catch (InvalidInputException e) {
            assertEquals("coreReference", e.field());
        }
    }

    @Test
    public void aFailureReasonIsItsMessageNeverAClassName() {
        String reason = Handovers.reason(new RuntimeException(new IllegalStateException("core banking is closed for the night")));
        assertEquals("hand-over failed: core banking is closed for the night", reason);
        String none = Handovers.reason(new NullPointerException());
        assertFalse(none, none.contains("NullPointer"));
        assertTrue(Handovers.reason(new RuntimeException("y".repeat(5000))).length() <= 1000);
    }

    @Test
    public void percentilesAreNearestRankInSeconds() {
        assertNull(Percentiles.seconds(List.of(), 50));
        List<Long> millis = new ArrayList<>();
        for (long s = 1; s <= 10; s++) {
            millis.add(s * 1000);
        }
        assertEquals(Long.valueOf(5), Percentiles.seconds(millis, 50));
        assertEquals(Long.valueOf(9), Percentiles.seconds(millis, 90));
        assertEquals(Long.valueOf(10), Percentiles.seconds(millis, 100));
        assertEquals(Long.valueOf(7), Percentiles.seconds(List.of(7_400L), 90));
    }

    @Test
    public void theDiversionRateIsMachinesOverAllSelfServiceBusiness() {
        Diversion d = JpaCounterFigures.diversion(9, 1);
        assertEquals(0.9, d.rate(), 1e-9);
        assertEquals(0.9, d.target(), 1e-9);
        assertNull(JpaCounterFigures.diversion(0, 0).rate());
        assertEquals(0.0, JpaCounterFigures.diversion(0, 3).rate(), 1e-9);
    }
}
