package org.branchdesk.relationship.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.branchdesk.customer.api.Segment;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

/** The next planned contact of a customer, from their segment's interval. */
public class ContactPlanTest {

    private static final ZoneId ZONE = ZoneOffset.ofHours(8);
    private final ContactPlan defaults = ContactPlan.of(new String[] { "PRIVATE=14", "HIGH=30", "MID=60", "MASS_AFFLUENT=90" });

    @Test
    public void theNextContactIsTheLastOnePlusTheSegmentsInterval() {
        Instant last = Instant.parse("2026-11-01T02:00:00Z"); // 10:00 in the branch's zone
        assertEquals(LocalDate.of(2026, 11, 15), defaults.nextDue(Segment.PRIVATE, last, Instant.parse("2020-01-01T00:00:00Z"), ZONE));
        assertEquals(LocalDate.of(2026, 12, 1), defaults.nextDue(Segment.HIGH, last, null, ZONE));
        assertEquals(LocalDate.of(2026, 12, 31), defaults.nextDue(Segment.MID, last, null, ZONE));
        assertEquals(LocalDate.of(2027, 1, 30), defaults.nextDue(Segment.MASS_AFFLUENT, last, null, ZONE));
    }

    @Test
    public void theDayIsTheBranchsDayNotUtcs() {
        Instant lateEvening = Instant.parse("2026-11-01T17:00:00Z"); // 01:00 on 2 November at UTC+8
        assertEquals(LocalDate.of(2026, 11, 16), defaults.nextDue(Segment.PRIVATE, lateEvening, null, ZONE));
    }

    @Test
    public void withoutAContactTheDayTheCustomerGotTheirManagerCounts() {
        Instant since = Instant.parse("2026-10-01T01:00:00Z");
        assertEquals(LocalDate.of(2026, 10, 15), defaults.nextDue(Segment.PRIVATE, null, since, ZONE));
    }

    @Test
    public void aSegmentWithoutAPlanOrACustomerWithoutADateHasNoNextContact() {
        Instant since = Instant.parse("2026-10-01T01:00:00Z");
        assertNull(defaults.nextDue(Segment.ORDINARY, null, since, ZONE));
        assertNull(defaults.nextDue(Segment.POTENTIAL, since, since, ZONE));
        assertNull(defaults.nextDue(null, since, since, ZONE));
        assertNull(defaults.nextDue(Segment.PRIVATE, null, null, ZONE));
        assertTrue(defaults.interval(Segment.ORDINARY).isEmpty());
    }

    @Test
    public void linesThatDoNotParseAreRefusedNamingTheAttribute() {
        for (String bad : new String[] { "PRIVATE", "PRIVATE=0", "PRIVATE=367", "PRIVATE=x", "GOLD=10", "PRIVATE=10=2" }) {
            List<FieldError> errors = ContactPlan.errors(new String[] { "HIGH=30", bad });
            assertEquals(bad, 1, errors.size());
            assertEquals(ContactPlan.CONTACT_DAYS, errors.get(0).field());
            assertTrue(errors.get(0).message(), errors.get(0).message().contains("'" + bad + "'"));
        }
        assertEquals("a segment twice", 1, ContactPlan.errors(new String[] { "HIGH=30", "HIGH=20" }).size());
        assertThrows(IllegalArgumentException.class, () -> ContactPlan.of(new String[] { "HIGH=-1" }));
        assertEquals("no plan at all is a choice", List.of(), ContactPlan.errors(new String[0]));
    }
}
