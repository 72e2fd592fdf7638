package org.branchdesk.relationship.impl.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.BookEntry;
import org.branchdesk.customer.api.ManagerProfile;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.relationship.api.Task;
import org.branchdesk.relationship.impl.internal.ContactPlans.Planned;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A manager's book as they work it (segment, assets, last contact, next due, what is coming up)
 * and the centre head's view of every manager's load. The centre head reassigns from the loads
 * with the customer module's {@code POST /api/customers/{id}/assignments}.
 */
@Component(service = Books.class)
public final class Books {

    /** The last contact as the book shows it. */
    public record Contact(Instant at, String channel, String staff, String purpose) {
    }

    /** One customer of a manager's book. */
    public record Line(String customerId, String name, String segment, BigDecimal averageAssets, Instant managerSince,
            LocalDate premiumSince, Contact lastContact, Integer contactIntervalDays, LocalDate nextDue, boolean contactOverdue,
            Long openHandover, List<Task> upcoming) {
    }

    /** One manager's load for the centre head. */
    public record Load(String username, String displayName, boolean active, String level, int capacity, int customers,
            int premiumCustomers, BigDecimal assets, int overdueContacts, int openHandovers, int overdueHandovers) {
    }

    private final AssignmentService assignments;
    private final ContactPlans plans;
    private final Handovers handovers;
    private final Inbox inbox;
    private final ModuleClock clock;

    @Activate
    public Books(@Reference AssignmentService assignments, @Reference ContactPlans plans, @Reference Handovers handovers,
            @Reference Inbox inbox, @Reference ModuleClock clock) {
        this.assignments = assignments;
        this.plans = plans;
        this.handovers = handovers;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** The manager's book, by customer number, with each customer's tasks of the next {@code upcomingDays}; 403 for another's. */
    List<Line> book(String manager, Caller caller) {
        plans.requireBook(caller, manager);
        LocalDate today = clock.today();
        Map<String, List<Task>> upcoming = inbox.tasks(manager, today, today.plusDays(inbox.upcomingDays()), caller).stream()
                .filter(t -> t.customerId() != null).collect(Collectors.groupingBy(Task::customerId));
        Map<String, Long> open = new HashMap<>();
        handovers.openOf(manager).forEach(h -> open.put(h.customerId(), h.id()));
        return plans.plans(manager, caller).stream().map(p -> line(p, today, open.get(p.customer().customerId()),
                upcoming.getOrDefault(p.customer().customerId(), List.of()))).toList();
    }

    private static Line line(Planned p, LocalDate today, Long openHandover, List<Task> upcoming) {
        BookEntry b = p.customer();
        Contact last = p.last() == null ? null
                : new Contact(p.last().at(), p.last().channel().name(), p.last().staff(), p.last().purpose());
        return new Line(b.customerId(), b.name(), b.segment() == null ? null : b.segment().name(), b.averageAssets(), b.managerSince(),
                b.premiumSince(), last, p.intervalDays(), p.nextDue(), p.nextDue() != null && p.nextDue().isBefore(today), openHandover,
                upcoming);
    }

    /** Every customer manager's load (the centre head): the customer module's profile plus overdue contacts and open handovers. */
    List<Load> loads(Caller caller) {
        caller.require(RelationshipAccess.LEAD, "every manager's load");
        LocalDate today = clock.today();
        Map<String, int[]> handoverCounts = new HashMap<>();
        for (Handover h : handovers.allOpen()) {
            int[] c = handoverCounts.computeIfAbsent(h.successor(), k -> new int[2]);
            c[0]++;
            if (h.overdue()) {
                c[1]++;
            }
        }
        return assignments.managers(caller).stream().map(m -> load(m, today, handoverCounts.getOrDefault(m.username(), new int[2]), caller))
                .toList();
    }

    private Load load(ManagerProfile m, LocalDate today, int[] handoverCounts, Caller caller) {
        int overdue = m.customers() == 0 ? 0
                : (int) plans.plans(m.username(), caller).stream().filter(p -> p.nextDue() != null && p.nextDue().isBefore(today)).count();
        return new Load(m.username(), m.displayName(), m.active(), m.level() == null ? null : m.level().name(), m.capacity(), m.customers(),
                m.premiumCustomers(), m.assets(), overdue, handoverCounts[0], handoverCounts[1]);
    }
}
