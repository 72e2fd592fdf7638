package org.branchdesk.relationship.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.branchdesk.customer.api.Acquisition;
import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.relationship.impl.internal.CustomerEventsEvaluation.EventEvaluation;
import org.branchdesk.relationship.impl.internal.CustomerEventsEvaluation.Invitee;
import org.junit.Test;

/** The evaluation's arithmetic: counts, rates, and the 30-day window of products bought. */
public class CustomerEventsEvaluationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);

    private static Acquisition bought(String customer, ProductCategory category, LocalDate day) {
        return new Acquisition(customer, category, day);
    }

    @Test
    public void attendeesAreCountedAgainstTheInviteesWhoDidNotCome() {
        List<Invitee> invitees = List.of(new Invitee("A", "ACCEPTED", true), new Invitee("B", "ACCEPTED", true),
                new Invitee("C", "ACCEPTED", false), new Invitee("D", "DECLINED", null), new Invitee("E", null, null),
                new Invitee("F", null, true));
        List<Acquisition> acquisitions = List.of(bought("A", ProductCategory.FUND, DAY), bought("A", ProductCategory.TRUST, DAY.plusDays(30)),
                bought("C", ProductCategory.FUND, DAY.plusDays(3)),
                bought("B", ProductCategory.FUND, DAY.plusDays(31)), // after the window
                bought("E", ProductCategory.BOND, DAY.minusDays(1))); // before the event
        EventEvaluation e = CustomerEventsEvaluation.of(7, DAY, DAY.plusDays(5), invitees, acquisitions);
        assertEquals(6, e.invited());
        assertEquals(3, e.accepted());
        assertEquals(1, e.declined());
        assertEquals(3, e.attended());
        assertEquals(new BigDecimal("0.5000"), e.attendanceRate());
        assertEquals(3, e.attendees().customers());
        assertEquals(1, e.attendees().buyers());
        assertEquals(2, e.attendees().acquisitions());
        assertEquals(new BigDecimal("0.3333"), e.attendees().buyerRate());
        assertEquals(3, e.others().customers());
        assertEquals(1, e.others().buyers());
        assertEquals(1, e.others().acquisitions());
        assertEquals(new BigDecimal("0.3333"), e.others().buyerRate());
        assertEquals(DAY.plusDays(30), e.windowTo());
        assertFalse(e.windowClosed());
    }

    @Test
    public void emptyGroupsHaveNoRateAndTheWindowClosesAfterThirtyDays() {
        EventEvaluation e = CustomerEventsEvaluation.of(8, DAY, DAY.plusDays(31), List.of(new Invitee("A", "DECLINED", false)), List.of());
        assertEquals(new BigDecimal("0.0000"), e.attendanceRate());
        assertEquals(0, e.attendees().customers());
        assertNull(e.attendees().buyerRate());
        assertEquals(new BigDecimal("0.0000"), e.others().buyerRate());
        assertTrue(e.windowClosed());
        assertTrue(CustomerEventsEvaluation.of(9, DAY, DAY, List.of(), List.of()).attendanceRate() == null);
    }

    @Test
    public void ratesRoundHalfUpToFourDecimals() {
        assertEquals(new BigDecimal("0.6667"), CustomerEventsEvaluation.rate(2, 3));
        assertEquals(new BigDecimal("1.0000"), CustomerEventsEvaluation.rate(5, 5));
        assertNull(CustomerEventsEvaluation.rate(0, 0));
    }
}
