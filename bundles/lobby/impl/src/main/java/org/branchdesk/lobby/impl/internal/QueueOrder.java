package org.branchdesk.lobby.impl.internal;

import java.util.Comparator;
import java.util.Optional;

import org.branchdesk.lobby.api.Priority;
import org.branchdesk.lobby.impl.internal.jpa.TicketEntity;

/**
 * Which waiting ticket a counter calls next: premium first, without starving the others. The
 * oldest standard ticket goes first once it has waited at least the configured bound
 * ({@link LobbyConfig#maxWaitBehindPremiumSeconds()}) and the premium ticket it competes with
 * was issued after it. A rule only: {@link Queues} finds the two candidates and takes the ticket.
 */
final class QueueOrder {

    /** How the queue view lists waiting tickets: premium first, then in the order they were issued. */
    static final Comparator<TicketEntity> WAITING = Comparator.<TicketEntity, Priority> comparing(t -> t.priority)
            .thenComparingLong(t -> t.id);

    private final long maxWaitMillis;

    QueueOrder(long maxWaitMillis) {
        String problem = LobbyConfigCheck.maxWaitProblem(maxWaitMillis / 1000);
        if (problem != null) {
            throw new IllegalArgumentException(LobbyConfigCheck.MAX_WAIT + ": " + problem);
        }
        this.maxWaitMillis = maxWaitMillis;
    }

    /**
     * @param premium the queue's oldest waiting premium ticket, if any
     * @param standard the queue's oldest waiting standard ticket, if any
     * @param now the time of the call, in epoch milliseconds
     */
    Optional<TicketEntity> next(Optional<TicketEntity> premium, Optional<TicketEntity> standard, long now) {
        if (premium.isPresent() && standard.isPresent()) {
            TicketEntity s = standard.get();
            boolean starving = now - s.issuedAt >= maxWaitMillis && premium.get().id > s.id;
            return starving ? standard : premium;
        }
        return premium.isPresent() ? premium : standard;
    }
}
