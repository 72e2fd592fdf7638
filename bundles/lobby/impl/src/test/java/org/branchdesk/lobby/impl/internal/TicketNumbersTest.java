package org.branchdesk.lobby.impl.internal;

import static org.junit.Assert.assertEquals;

import org.branchdesk.lobby.api.ServicePoint;
import org.junit.Test;

public class TicketNumbersTest {

    @Test
    public void aTicketNumberIsThePointsLetterAndAtLeastThreeDigits() {
        assertEquals("B003", TicketNumbers.format(ServicePoint.NON_CASH_COUNTER, 3));
        assertEquals("V999", TicketNumbers.format(ServicePoint.VIP_ROOM, 999));
        assertEquals("A1000", TicketNumbers.format(ServicePoint.CASH_COUNTER, 1000));
        assertEquals("M001", TicketNumbers.format(ServicePoint.CUSTOMER_MANAGER, 1));
        assertEquals("F001", TicketNumbers.format(ServicePoint.REFERRAL, 1));
    }

    @Test
    public void aStoredNumberGivesBackItsDailyNumber() {
        for (ServicePoint point : ServicePoint.values()) {
            assertEquals(point.name(), 42, TicketNumbers.numberOf(TicketNumbers.format(point, 42)));
        }
        assertEquals(1000, TicketNumbers.numberOf("A1000"));
        assertEquals("renamed by hand (docs/daily-numbers.md)", 0, TicketNumbers.numberOf("B003*"));
        assertEquals(0, TicketNumbers.numberOf("B"));
        assertEquals(0, TicketNumbers.numberOf(""));
    }

    @Test
    public void eachQueueHasItsOwnSeries() {
        assertEquals("lobby.ticket.NON_CASH_COUNTER", TicketNumbers.sequence(ServicePoint.NON_CASH_COUNTER));
    }
}
