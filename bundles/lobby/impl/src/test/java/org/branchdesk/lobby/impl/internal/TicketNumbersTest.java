package org.branchdesk.lobby.impl.internal;

import static org.junit.Assert.assertEquals;

import org.branchdesk.lobby.api.ServicePoint;
import org.junit.Test;

public class TicketNumbersTest {

    @Test
    public void aTicketNumberIsThePointsLetterAndAtLeastThreeDigits() {
        assertEquals("B003", JpaLobby.ticketNumber(ServicePoint.NON_CASH_COUNTER, 3));
        assertEquals("V999", JpaLobby.ticketNumber(ServicePoint.VIP_ROOM, 999));
        assertEquals("A1000", JpaLobby.ticketNumber(ServicePoint.CASH_COUNTER, 1000));
        assertEquals("M001", JpaLobby.ticketNumber(ServicePoint.CUSTOMER_MANAGER, 1));
        assertEquals("F001", JpaLobby.ticketNumber(ServicePoint.REFERRAL, 1));
    }

    @Test
    public void aStoredNumberGivesBackItsDailyNumber() {
        for (ServicePoint point : ServicePoint.values()) {
            assertEquals(point.name(), 42, JpaLobby.numberOf(JpaLobby.ticketNumber(point, 42)));
        }
        assertEquals(1000, JpaLobby.numberOf("A1000"));
        assertEquals("renamed by hand (docs/daily-numbers.md)", 0, JpaLobby.numberOf("B003*"));
        assertEquals(0, JpaLobby.numberOf("B"));
        assertEquals(0, JpaLobby.numberOf(""));
    }

    @Test
    public void eachQueueHasItsOwnSeries() {
        assertEquals("lobby.ticket.NON_CASH_COUNTER", JpaLobby.ticketSequence(ServicePoint.NON_CASH_COUNTER));
    }
}
