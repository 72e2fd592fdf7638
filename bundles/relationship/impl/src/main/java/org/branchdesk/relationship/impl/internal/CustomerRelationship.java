package org.branchdesk.relationship.impl.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.relationship.api.Task;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.transaction.control.TransactionControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One customer's relationship as the unified view shows it: their manager and since when, an
 * open handover, whether the planned contact is due, and what the other task sources (care
 * events, event follow-ups) have coming up for them. A few indexed reads per view and no audited
 * read of its own (the view has audited the read of the customer; the last contacts themselves
 * are the customer module's "interactions" section), and nothing at all for a customer without a
 * manager or a caller who does not work the customer.
 */
@Component(service = CustomerRelationship.class)
public final class CustomerRelationship {

    /**
     * The section's content.
     *
     * @param contactedWithinInterval whether the customer has had a contact (any module's) within their segment's interval
     * @param nextPlannedContact      the day the next planned contact is due, when the section can tell it without reading
     *                                the contacts themselves: for a customer never contacted (the interval after they got
     *                                their manager); null otherwise. The book has it for every customer
     */
    public record Content(String manager, Instant managerSince, Handover openHandover, Integer contactIntervalDays,
            Boolean contactedWithinInterval, boolean contactOverdue, LocalDate nextPlannedContact, List<Task> upcoming) {
    }

    /** The start of every count of "any contact at all": the earliest instant the interaction log accepts. */
    private static final Instant EVER = Instant.parse("1900-01-01T00:00:00Z");

    private static final Logger LOG = LoggerFactory.getLogger(CustomerRelationship.class);

    /** The sources other than this module's own plans and handovers, which the content reads directly. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            target = "(!(" + Inbox.CORE_SOURCE + "=true))")
    private final List<TaskSource> others = new CopyOnWriteArrayList<>();

    private final TransactionControl tx;
    private final AssignmentService assignments;
    private final InteractionLog interactions;
    private final Handovers handovers;
    private final ContactPlans plans;
    private final Inbox inbox;
    private final ModuleClock clock;

    @Activate
    public CustomerRelationship(@Reference TransactionControl tx, @Reference AssignmentService assignments, @Reference InteractionLog interactions,
            @Reference Handovers handovers, @Reference ContactPlans plans, @Reference Inbox inbox, @Reference ModuleClock clock) {
        this.tx = tx;
        this.assignments = assignments;
        this.interactions = interactions;
        this.handovers = handovers;
        this.plans = plans;
        this.inbox = inbox;
        this.clock = clock;
    }

    /**
     * The content for a caller who works this customer (their manager, the centre head); empty
     * for anyone else and for a customer without a manager.
     */
    Optional<Content> of(Customer customer, Caller caller) {
        if (customer.manager() == null || !caller.hasAny(Role.CUSTOMER_MANAGER, Role.CENTER_HEAD)
                || !caller.has(Role.CENTER_HEAD) && !caller.username().equals(customer.manager())) {
            return Optional.empty();
        }
        // one scope for every read below: each module's connection is taken once per view, not once per read
        return tx.required(() -> read(customer, caller));
    }

    private Optional<Content> read(Customer customer, Caller caller) {
        Optional<Assignment> current = assignments.current(customer.id(), caller);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Assignment a = current.get();
        LocalDate today = clock.today();
        ZoneId zone = clock.zone();
        OptionalInt interval = plans.plan().interval(customer.segment());
        Boolean recent = null;
        boolean overdue = false;
        LocalDate next = null;
        if (interval.isPresent()) {
            // counts, not the contacts themselves: reading those is an audited read, a second wait for the disk on every view
            LocalDate windowStart = today.minusDays(interval.getAsInt());
            recent = interactions.countSince(customer.id(), windowStart.atStartOfDay(zone).toInstant(), caller) > 0;
            if (!recent) {
                // none within the interval: overdue after an earlier contact, else due the interval after the manager came
                if (interactions.countSince(customer.id(), EVER, caller) == 0) {
                    next = plans.plan().nextDue(customer.segment(), null, a.from(), zone);
                }
                overdue = next == null || next.isBefore(today);
            }
        }
        List<Task> upcoming = new ArrayList<>();
        for (TaskSource source : others) {
            try {
                upcoming.addAll(source.tasksOf(customer.id(), a.manager(), today, today.plusDays(inbox.upcomingDays()), caller));
            } catch (RuntimeException e) {
                LOG.warn("A task source failed; the view of {} shows the others", customer.id(), e);
            }
        }
        upcoming.sort(Inbox.ORDER);
        return Optional.of(new Content(a.manager(), a.from(), handovers.openFor(customer.id()), interval.isPresent() ? interval.getAsInt() : null,
                recent, overdue, next, upcoming));
    }
}
