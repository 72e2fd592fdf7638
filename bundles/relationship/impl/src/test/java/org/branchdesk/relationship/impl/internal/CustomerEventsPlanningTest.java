package org.branchdesk.relationship.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.branchdesk.customer.api.BookEntry;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.relationship.impl.internal.CustomerEvents.EventInput;
import org.branchdesk.relationship.impl.internal.CustomerEvents.EventTarget;
import org.branchdesk.relationship.impl.internal.CustomerEventsPlanning.Plan;
import org.junit.Test;

/** An event's input rules (every fault named) and the target group's criteria. */
public class CustomerEventsPlanningTest {

    private static EventInput input(String kind, String when, Integer capacity, EventTarget target) {
        return new EventInput("Wealth salon", kind, when, "VIP room 2", capacity, target);
    }

    private static List<String> fields(EventInput in) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CustomerEventsPlanning.validate(in));
        return e.errors().stream().map(InvalidInputException.FieldError::field).toList();
    }

    @Test
    public void aGoodEventPasses() {
        Plan plan = CustomerEventsPlanning.validate(input("salon", "2026-12-20T06:00:00Z", 20,
                new EventTarget(List.of("PRIVATE", "HIGH"), new BigDecimal("1000000"), "FUND", "cm1")));
        assertEquals(CustomerEvents.Kind.SALON, plan.kind());
        assertEquals(Set.of(Segment.PRIVATE, Segment.HIGH), plan.segments());
        assertEquals("cm1", plan.manager());
    }

    @Test
    public void everyFaultIsNamed() {
        assertEquals(List.of("title", "kind", "when", "place", "capacity"), fields(new EventInput(" ", null, null, null, null, null)));
        assertEquals(List.of("kind"), fields(input("PARTY", "2026-12-20T06:00:00Z", 20, null)));
        assertEquals(List.of("when"), fields(input("LECTURE", "2301-01-01T00:00:00Z", 20, null)));
        assertEquals(List.of("when"), fields(input("LECTURE", "next friday", 20, null)));
        assertEquals(List.of("capacity"), fields(input("LECTURE", "2026-12-20T06:00:00Z", 0, null)));
        assertEquals(List.of("target.segments"), fields(input("LECTURE", "2026-12-20T06:00:00Z", 5, new EventTarget(List.of("VIP"), null, null, null))));
        assertEquals(List.of("target.minAssets"),
                fields(input("LECTURE", "2026-12-20T06:00:00Z", 5, new EventTarget(null, new BigDecimal("-1"), null, null))));
        assertEquals(List.of("target.minAssets"),
                fields(input("LECTURE", "2026-12-20T06:00:00Z", 5, new EventTarget(null, new BigDecimal("0.001"), null, null))));
        assertEquals(List.of("target.category"), fields(input("LECTURE", "2026-12-20T06:00:00Z", 5, new EventTarget(null, null, "GOLD", null))));
    }

    @Test
    public void theCriteriaAllHold() {
        Plan plan = CustomerEventsPlanning.validate(input("CONSULTATION", "2026-12-20T06:00:00Z", 5,
                new EventTarget(List.of("MID"), new BigDecimal("400000"), null, null)));
        assertTrue(CustomerEventsPlanning.matches(plan, entry(Segment.MID, "500000.00")));
        assertFalse("another segment", CustomerEventsPlanning.matches(plan, entry(Segment.HIGH, "5000000.00")));
        assertFalse("below the minimum", CustomerEventsPlanning.matches(plan, entry(Segment.MID, "399999.99")));
        assertFalse("not segmented yet", CustomerEventsPlanning.matches(plan, entry(null, "500000.00")));
        Plan anyone = CustomerEventsPlanning.validate(input("CONSULTATION", "2026-12-20T06:00:00Z", 5, null));
        assertTrue(CustomerEventsPlanning.matches(anyone, entry(null, null)));
    }

    private static BookEntry entry(Segment segment, String assets) {
        return new BookEntry("C1", "n", segment, assets == null ? null : new BigDecimal(assets), LocalDate.of(1980, 1, 1),
                Instant.parse("2026-01-01T00:00:00Z"), null);
    }
}
