package org.branchdesk.lobby.impl.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.branchdesk.lobby.api.Priority;
import org.branchdesk.lobby.api.QueueView;
import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.lobby.api.Ticket;
import org.branchdesk.lobby.api.TicketStatus;
import org.branchdesk.lobby.impl.internal.jpa.TicketEntity;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.transaction.control.TransactionControl;

/** Today's queues at the counters: what is waiting, calling the next ticket, finishing it. */
final class Queues {

    private final TransactionControl tx;
    private final EntityManager em;
    private final Clock clock;
    /** The configured order, read at each call: a new configuration applies to the next call. */
    private final Supplier<QueueOrder> order;
    /** Tickets tried by one call before it gives up: each failed try is a ticket another counter took. */
    private static final int MAX_ATTEMPTS = 50;

    /** Callers of one queue in this runtime, one at a time: an optimisation only, see {@link #callNext}. */
    private final Map<ServicePoint, ReentrantLock> queueLocks = new EnumMap<>(ServicePoint.class);

    Queues(TransactionControl tx, EntityManager em, Clock clock, Supplier<QueueOrder> order) {
        this.tx = tx;
        this.em = em;
        this.clock = clock;
        this.order = order;
        for (ServicePoint point : ServicePoint.values()) {
            queueLocks.put(point, new ReentrantLock(true));
        }
    }

    List<QueueView> queues(Caller caller) {
        caller.require(LobbyAccess.QUEUES, "reading the queues");
        return tx.supports(() -> {
            long now = clock.millis();
            Map<ServicePoint, List<TicketEntity>> byPoint = new TreeMap<>();
            em.createQuery("SELECT t FROM TicketEntity t WHERE t.day = :d AND t.status IN :s ORDER BY t.id", TicketEntity.class)
                    .setParameter("d", LocalDate.now(clock)).setParameter("s", List.of(TicketStatus.WAITING, TicketStatus.CALLED))
                    .getResultList().forEach(t -> byPoint.computeIfAbsent(t.servicePoint, p -> new ArrayList<>()).add(t));
            List<QueueView> views = new ArrayList<>();
            byPoint.forEach((point, tickets) -> {
                List<QueueView.WaitingTicket> waiting = tickets.stream().filter(t -> t.status == TicketStatus.WAITING)
                        .sorted(QueueOrder.WAITING)
                        .map(t -> new QueueView.WaitingTicket(Tickets.toTicket(t), (now - t.issuedAt) / 1000)).toList();
                List<Ticket> called = tickets.stream().filter(t -> t.status == TicketStatus.CALLED).map(Tickets::toTicket).toList();
                long longest = waiting.stream().mapToLong(QueueView.WaitingTicket::waitSeconds).max().orElse(0);
                views.add(new QueueView(point, waiting.size(), longest, waiting, called));
            });
            return views;
        });
    }

    Optional<Ticket> callNext(ServicePoint point, String counter, Caller caller) {
        caller.require(LobbyAccess.COUNTER, "calling a ticket");
        if (point == null) {
            throw new InvalidInputException("servicePoint", "required");
        }
        if (counter == null || counter.isBlank() || counter.length() > 20) {
            throw new InvalidInputException("counter", "the counter calling, 1 to 20 characters, e.g. \"3\"");
        }
        // The database is the guard: the conditional update below takes a ticket only while it is
        // still WAITING, and one that another caller took in the meantime (on this runtime or on
        // another one sharing the database) is not a failure: the next one is picked and tried,
        // until one is taken or none is left. Each retry means that ticket went to someone else,
        // so the loop ends. The lock only spares the callers of one queue in this runtime those
        // retries; it guards nothing across runtimes.
        ReentrantLock lock = queueLocks.get(point);
        lock.lock();
        try {
            return tx.required(() -> {
                for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                    long now = clock.millis();
                    Optional<TicketEntity> next = order.get().next(oldest(point, Priority.PREMIUM), oldest(point, Priority.STANDARD), now);
                    if (next.isEmpty()) {
                        return Optional.<Ticket>empty();
                    }
                    TicketEntity t = next.get();
                    // on PostgreSQL and Derby alike (read committed) an update of a row another
                    // transaction changed waits for it, then finds it no longer WAITING
                    int taken = em.createQuery("UPDATE TicketEntity t SET t.status = :called, t.calledAt = :now, t.counter = :counter "
                            + "WHERE t.id = :id AND t.status = :waiting").setParameter("called", TicketStatus.CALLED)
                            .setParameter("now", now).setParameter("counter", counter.trim()).setParameter("id", t.id)
                            .setParameter("waiting", TicketStatus.WAITING).executeUpdate();
                    if (taken == 1) {
                        return Optional.of(new Ticket(t.id, t.number, t.servicePoint, t.priority, TicketStatus.CALLED, t.customerId,
                                Instant.ofEpochMilli(t.issuedAt), Instant.ofEpochMilli(now), counter.trim()));
                    }
                }
                throw new ConflictException("servicePoint", "other counters kept calling the next tickets first; call again");
            });
        } finally {
            lock.unlock();
        }
    }

    private Optional<TicketEntity> oldest(ServicePoint point, Priority priority) {
        return em.createQuery("SELECT t FROM TicketEntity t WHERE t.day = :d AND t.servicePoint = :p AND t.priority = :prio "
                + "AND t.status = :w ORDER BY t.id", TicketEntity.class).setParameter("d", LocalDate.now(clock))
                .setParameter("p", point).setParameter("prio", priority).setParameter("w", TicketStatus.WAITING).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    Ticket finish(long ticketId, TicketStatus outcome, Caller caller) {
        caller.require(LobbyAccess.COUNTER, "finishing a ticket");
        if (outcome != TicketStatus.DONE && outcome != TicketStatus.NO_SHOW) {
            throw new InvalidInputException("status", "a ticket finishes as DONE or NO_SHOW");
        }
        return tx.required(() -> {
            TicketEntity t = em.find(TicketEntity.class, ticketId);
            if (t == null) {
                throw new NotFoundException("ticket", ticketId);
            }
            if (t.status != TicketStatus.CALLED) {
                throw new ConflictException("status", "ticket " + t.number + " is " + t.status + ", not CALLED");
            }
            t.status = outcome;
            t.finishedAt = clock.millis();
            return Tickets.toTicket(t);
        });
    }
}
