package org.branchdesk.lobby.impl.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.Identifier;
import org.branchdesk.lobby.api.Priority;
import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.lobby.api.Ticket;
import org.branchdesk.lobby.api.TicketStatus;
import org.branchdesk.lobby.impl.internal.jpa.TicketEntity;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.persistence.DailyNumbers;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.transaction.control.TransactionControl;

/** Issuing queue tickets, by hand or for an arrival, numbered per queue and day. */
final class Tickets {

    /** The customer module's customer numbers: at most 32 letters, digits, '-' or '_'. */
    static final int CUSTOMER_ID_MAX = 32;

    private final TransactionControl tx;
    private final EntityManager em;
    private final CustomerService customers;
    private final DailyNumbers numbers;
    private final Clock clock;

    Tickets(TransactionControl tx, EntityManager em, CustomerService customers, DailyNumbers numbers, Clock clock) {
        this.tx = tx;
        this.em = em;
        this.customers = customers;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** A ticket issued by hand: the customer, if named, must exist. */
    Ticket issue(ServicePoint point, Priority priority, String customerId, Caller caller) {
        caller.require(LobbyAccess.RECEIVE, "issuing a ticket");
        if (point == null) {
            throw new InvalidInputException("servicePoint", "required");
        }
        if (customerId != null && !customerId.isBlank()) {
            // a ticket names a customer who exists (this also audits who put them in the queue)
            if (customerId.trim().length() > CUSTOMER_ID_MAX) {
                throw new InvalidInputException("customerId", "a customer number has at most " + CUSTOMER_ID_MAX + " characters");
            }
            customers.identify(Identifier.CUSTOMER_ID, customerId.trim(), caller)
                    .orElseThrow(() -> new InvalidInputException("customerId", "no customer " + customerId.trim()));
        }
        String customer = customerId == null || customerId.isBlank() ? null : customerId.trim();
        return tx.required(() -> issueInTransaction(point, priority == null ? Priority.STANDARD : priority, customer));
    }

    /**
     * A ticket of the queue, in the caller's transaction, numbered with the point's letter and the
     * queue's daily number from {@link DailyNumbers}, which stays unique across restarts and
     * runtimes sharing the database. A number whose arrival rolls back is skipped, as on any
     * ticket machine; the unique constraint on (DAY, NUMBER) is the last line of defence.
     */
    Ticket issueInTransaction(ServicePoint point, Priority priority, String customerId) {
        LocalDate today = LocalDate.now(clock);
        long next = numbers.next(TicketNumbers.sequence(point), today, () -> highestTicket(point, today));
        TicketEntity t = new TicketEntity();
        t.number = TicketNumbers.format(point, next);
        t.day = today;
        t.servicePoint = point;
        t.priority = priority;
        t.status = TicketStatus.WAITING;
        t.customerId = customerId;
        t.issuedAt = clock.millis();
        em.persist(t);
        em.flush();
        return toTicket(t);
    }

    /** One ticket, of any day; empty when there is none. */
    java.util.Optional<Ticket> find(long id, Caller caller) {
        caller.require(LobbyAccess.TICKET, "reading a ticket");
        return tx.supports(() -> java.util.Optional.ofNullable(em.find(TicketEntity.class, id)).map(t -> {
            em.refresh(t);
            return toTicket(t);
        }));
    }

    /** The highest number of the queue's tickets today, for a day begun before tickets were counted by DailyNumbers. */
    private long highestTicket(ServicePoint point, LocalDate day) {
        return em.createQuery("SELECT t.number FROM TicketEntity t WHERE t.day = :d AND t.servicePoint = :p", String.class)
                .setParameter("d", day).setParameter("p", point).getResultList().stream().mapToLong(TicketNumbers::numberOf).max()
                .orElse(0);
    }

    static Ticket toTicket(TicketEntity t) {
        return new Ticket(t.id, t.number, t.servicePoint, t.priority, t.status, t.customerId, Instant.ofEpochMilli(t.issuedAt),
                t.calledAt == null ? null : Instant.ofEpochMilli(t.calledAt), t.counter);
    }
}
