package org.branchdesk.lobby.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.branchdesk.lobby.api.Priority;
import org.branchdesk.lobby.impl.internal.jpa.TicketEntity;
import org.junit.Test;

/** Premium first, without starving the others. */
public class QueueOrderTest {

    private static final long BOUND = 600_000; // the default, 600 s
    private final QueueOrder order = new QueueOrder(BOUND);

    private static TicketEntity ticket(long id, Priority priority, long issuedAt) {
        TicketEntity t = new TicketEntity();
        t.id = id;
        t.priority = priority;
        t.issuedAt = issuedAt;
        return t;
    }

    @Test
    public void premiumGoesFirstWhileTheStandardTicketHasWaitedLessThanTheBound() {
        TicketEntity standard = ticket(1, Priority.STANDARD, 0);
        TicketEntity premium = ticket(2, Priority.PREMIUM, 1_000);
        assertSame(premium, order.next(Optional.of(premium), Optional.of(standard), BOUND - 1).orElseThrow());
    }

    @Test
    public void aStandardTicketThatHasWaitedTheBoundGoesBeforeALaterPremiumOne() {
        TicketEntity standard = ticket(1, Priority.STANDARD, 0);
        TicketEntity premium = ticket(2, Priority.PREMIUM, 1_000);
        assertSame("at exactly the bound", standard, order.next(Optional.of(premium), Optional.of(standard), BOUND).orElseThrow());
        assertSame(standard, order.next(Optional.of(premium), Optional.of(standard), BOUND * 3).orElseThrow());
    }

    @Test
    public void aPremiumTicketIssuedBeforeTheStandardOneIsNeverPassed() {
        // the standard ticket was not passed by this premium ticket: it was there first
        TicketEntity premium = ticket(1, Priority.PREMIUM, 0);
        TicketEntity standard = ticket(2, Priority.STANDARD, 0);
        assertSame(premium, order.next(Optional.of(premium), Optional.of(standard), BOUND * 10).orElseThrow());
    }

    @Test
    public void aQueueWithOnePriorityServesIt() {
        TicketEntity standard = ticket(1, Priority.STANDARD, 0);
        TicketEntity premium = ticket(2, Priority.PREMIUM, 0);
        assertSame(standard, order.next(Optional.empty(), Optional.of(standard), 0).orElseThrow());
        assertSame(premium, order.next(Optional.of(premium), Optional.empty(), BOUND * 10).orElseThrow());
        assertTrue(order.next(Optional.empty(), Optional.empty(), 0).isEmpty());
    }

    @Test
    public void theBoundIsTheConfiguredOne() {
        TicketEntity standard = ticket(1, Priority.STANDARD, 0);
        TicketEntity premium = ticket(2, Priority.PREMIUM, 0);
        QueueOrder strict = new QueueOrder(60_000);
        assertSame(standard, strict.next(Optional.of(premium), Optional.of(standard), 60_000).orElseThrow());
        assertSame(premium, order.next(Optional.of(premium), Optional.of(standard), 60_000).orElseThrow());
    }

    @Test
    public void theQueueViewListsPremiumFirstThenByIssue() {
        List<TicketEntity> tickets = new ArrayList<>(List.of(ticket(3, Priority.STANDARD, 0), ticket(4, Priority.PREMIUM, 0),
                ticket(1, Priority.STANDARD, 0), ticket(2, Priority.PREMIUM, 0)));
        tickets.sort(QueueOrder.WAITING);
        assertEquals(List.of(2L, 4L, 1L, 3L), tickets.stream().map(t -> t.id).toList());
    }
}
