package org.branchdesk.relationship.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.relationship.impl.internal.CareEventsCalendar.Kind;
import org.junit.Test;

/** A care task's ref: what the done request names. */
public class CareEventsRefTest {

    @Test
    public void aRefNamesTheKindAndTheDay() {
        CareEventsCalendar.Event e = CareEvents.parse("care/MATURITY/2026-12-16");
        assertEquals(Kind.MATURITY, e.kind());
        assertEquals(LocalDate.of(2026, 12, 16), e.date());
        assertEquals("care/MATURITY/2026-12-16", e.ref());
    }

    @Test
    public void anythingElseIsA400NamingRef() {
        for (String bad : new String[] { null, "", "care/BIRTHDAY", "care/PARTY/2026-12-16", "care/BIRTHDAY/2026-02-30", "event/x",
                "handover/12" }) {
            assertEquals(bad, "ref", assertThrows(InvalidInputException.class, () -> CareEvents.parse(bad)).field());
        }
    }
}
