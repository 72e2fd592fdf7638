package org.branchdesk.relationship.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.branchdesk.customer.api.BookEntry;
import org.branchdesk.customer.api.Maturity;
import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.relationship.impl.internal.CareEventsCalendar.Event;
import org.branchdesk.relationship.impl.internal.CareEventsCalendar.Kind;
import org.junit.Test;

/** Which care events of a book fall in a window, with each kind's lead time. */
public class CareEventsCalendarTest {

    private static final Map<Kind, Integer> AHEAD = Map.of(Kind.BIRTHDAY, 7, Kind.MATURITY, 14, Kind.ANNIVERSARY, 7, Kind.HOLIDAY, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static CareEventsCalendar calendar(Map<LocalDate, String> holidays) {
        return new CareEventsCalendar(AHEAD, holidays, EnumSet.of(Segment.PRIVATE, Segment.HIGH, Segment.MID));
    }

    private static BookEntry customer(String id, Segment segment, LocalDate birth, LocalDate premiumSince) {
        return new BookEntry(id, "name " + id, segment, new BigDecimal("500000.00"), birth, Instant.parse("2026-01-01T00:00:00Z"),
                premiumSince);
    }

    private static List<String> refs(List<Event> events) {
        return events.stream().map(e -> e.customer().customerId() + " " + e.ref()).toList();
    }

    @Test
    public void aBirthdayIsRaisedItsLeadTimeAheadAndStaysUntilTheDayInAnInboxLookingThatFar() {
        BookEntry c = customer("C1", Segment.MID, LocalDate.of(1980, 12, 9), null);
        CareEventsCalendar cal = calendar(Map.of());
        assertEquals("8 days ahead: not yet", List.of(), cal.raised(List.of(c), List.of(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
        List<Event> raised = cal.raised(List.of(c), List.of(), TODAY, TODAY.plusDays(30));
        assertEquals(List.of("C1 care/BIRTHDAY/2026-12-09"), refs(raised));
        assertEquals(46, raised.get(0).years());
        assertEquals("on the day itself", 1, cal.raised(List.of(c), List.of(), LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 9)).size());
        assertEquals("the day after: gone", List.of(), cal.raised(List.of(c), List.of(), LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 10)));
        assertEquals("an inbox looking less far ahead than the day does not show it", List.of(),
                cal.raised(List.of(c), List.of(), TODAY, LocalDate.of(2026, 12, 8)));
        assertEquals("a lookahead beyond the lead time does not raise it earlier", List.of(),
                cal.raised(List.of(c), List.of(), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 31)));
    }

    @Test
    public void aBirthdayOn29FebruaryIsOn28FebruaryInACommonYearAndOn29InALeapYear() {
        BookEntry leapling = customer("C2", Segment.HIGH, LocalDate.of(1988, 2, 29), null);
        CareEventsCalendar cal = calendar(Map.of());
        assertEquals(List.of("C2 care/BIRTHDAY/2027-02-28"),
                refs(cal.raised(List.of(leapling), List.of(), LocalDate.of(2027, 2, 21), LocalDate.of(2027, 3, 21))));
        assertEquals("not on 1 March as well", List.of(),
                refs(cal.between(List.of(leapling), List.of(), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1))));
        assertEquals(List.of("C2 care/BIRTHDAY/2028-02-29"),
                refs(cal.between(List.of(leapling), List.of(), LocalDate.of(2028, 2, 1), LocalDate.of(2028, 3, 31))));
        assertEquals(List.of(LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29)),
                CareEventsCalendar.annual(LocalDate.of(1988, 2, 29), LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31)));
    }

    @Test
    public void aWindowOverTheNewYearFindsTheBirthdayOfJanuary() {
        BookEntry c = customer("C3", Segment.PRIVATE, LocalDate.of(1970, 1, 3), null);
        assertEquals(List.of("C3 care/BIRTHDAY/2027-01-03"),
                refs(calendar(Map.of()).raised(List.of(c), List.of(), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 27))));
    }

    @Test
    public void thePremiumAnniversaryComesAfterAWholeYear() {
        BookEntry c = customer("C4", Segment.MID, null, LocalDate.of(2025, 12, 5));
        CareEventsCalendar cal = calendar(Map.of());
        List<Event> raised = cal.raised(List.of(c), List.of(), TODAY, TODAY.plusDays(30));
        assertEquals(List.of("C4 care/ANNIVERSARY/2026-12-05"), refs(raised));
        assertEquals(1, raised.get(0).years());
        BookEntry newcomer = customer("C5", Segment.MID, null, LocalDate.of(2026, 12, 5));
        assertEquals("the day they became premium is no anniversary", List.of(), cal.raised(List.of(newcomer), List.of(), TODAY, TODAY.plusDays(30)));
    }

    @Test
    public void maturitiesOfOneDayAreOneTaskRaisedFourteenDaysAhead() {
        BookEntry c = customer("C6", Segment.HIGH, null, null);
        List<Maturity> maturities = List.of(new Maturity("C6", ProductCategory.WEALTH_PRODUCT, new BigDecimal("300000.00"), LocalDate.of(2026, 12, 16)),
                new Maturity("C6", ProductCategory.DEPOSIT, new BigDecimal("100000.00"), LocalDate.of(2026, 12, 16)),
                new Maturity("C6", ProductCategory.BOND, new BigDecimal("50000.00"), LocalDate.of(2026, 12, 17)),
                new Maturity("OTHER", ProductCategory.BOND, new BigDecimal("50000.00"), LocalDate.of(2026, 12, 10)));
        List<Event> raised = calendar(Map.of()).raised(List.of(c), maturities, TODAY, TODAY.plusDays(30));
        assertEquals("the 17th is 15 days ahead; a customer not in the book is left out", List.of("C6 care/MATURITY/2026-12-16"), refs(raised));
        assertEquals(2, raised.get(0).maturities().size());
    }

    @Test
    public void aHolidayConcernsEveryCustomerOfTheCareSegmentsOnly() {
        List<BookEntry> book = List.of(customer("C7", Segment.PRIVATE, null, null), customer("C8", Segment.MID, null, null),
                customer("C9", Segment.MASS_AFFLUENT, LocalDate.of(1990, 12, 3), null), customer("C10", null, null, null));
        CareEventsCalendar cal = calendar(Map.of(LocalDate.of(2026, 12, 31), "New Year's Eve", LocalDate.of(2027, 2, 6), "Spring Festival"));
        assertEquals("31 December is 29 days ahead", List.of(), cal.raised(book, List.of(), TODAY, TODAY.plusDays(30)));
        List<Event> raised = cal.raised(book, List.of(), LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 20));
        assertEquals(List.of("C7 care/HOLIDAY/2026-12-31", "C8 care/HOLIDAY/2026-12-31"), refs(raised));
        assertEquals("New Year's Eve on 2026-12-31", raised.get(0).title());
        assertTrue("a segment without care has no birthday either", cal.between(book, List.of(), TODAY, TODAY.plusDays(3)).isEmpty());
    }

    @Test
    public void upcomingCareIsEveryEventDatedInTheWindowWhateverItsLeadTime() {
        List<BookEntry> book = List.of(customer("C11", Segment.MID, LocalDate.of(1980, 12, 20), LocalDate.of(2024, 12, 3)));
        List<Event> events = calendar(Map.of()).between(book, List.of(), TODAY, TODAY.plusDays(30));
        assertEquals(List.of("C11 care/ANNIVERSARY/2026-12-03", "C11 care/BIRTHDAY/2026-12-20"), refs(events));
        assertEquals(2, events.get(0).years());
        assertEquals(List.of(), calendar(Map.of()).between(book, List.of(), TODAY, TODAY.minusDays(1)));
    }
}
