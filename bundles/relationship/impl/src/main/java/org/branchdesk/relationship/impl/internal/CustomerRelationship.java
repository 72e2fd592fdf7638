package org.branchdesk.relationship.impl.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.BookEntry;
import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.Interaction;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.relationship.api.Task;
import org.branchdesk.relationship.impl.internal.ContactPlans.Planned;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One customer's relationship as the unified view shows it: their manager and since when, an
 * open handover, the last contact, the next planned one, and what the other task sources (care
 * events, event follow-ups) have coming up for them. A few indexed reads per view, and nothing
 * at all for a customer without a manager or a caller who does not work the customer.
 */
@Component(service = CustomerRelationship.class)
public final class CustomerRelationship {

    /** The section's content. */
    public record Content(String manager, Instant managerSince, Handover openHandover, Books.Contact lastContact,
            Integer contactIntervalDays, LocalDate nextPlannedContact, boolean contactOverdue, List<Task> upcoming) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(CustomerRelationship.class);

    /** The sources other than this module's own plans and handovers, which the content reads directly. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            target = "(!(" + Inbox.CORE_SOURCE + "=true))")
    private final List<TaskSource> others = new CopyOnWriteArrayList<>();

    private final AssignmentService assignments;
    private final InteractionLog interactions;
    private final Handovers handovers;
    private final ContactPlans plans;
    private final Inbox inbox;
    private final ModuleClock clock;

    @Activate
    public CustomerRelationship(@Reference AssignmentService assignments, @Reference InteractionLog interactions,
            @Reference Handovers handovers, @Reference ContactPlans plans, @Reference Inbox inbox, @Reference ModuleClock clock) {
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
        Optional<Assignment> current = assignments.current(customer.id(), caller);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Assignment a = current.get();
        List<Interaction> latest = interactions.of(customer.id(), 1, caller);
        Interaction last = latest.isEmpty() ? null : latest.get(0);
        Planned p = plans.plan(new BookEntry(customer.id(), customer.name(), customer.segment(), customer.averageAssets(), null, a.from(), null),
                last);
        LocalDate today = clock.today();
        List<Task> upcoming = new ArrayList<>();
        for (TaskSource source : others) {
            try {
                upcoming.addAll(source.tasksOf(customer.id(), a.manager(), today, today.plusDays(inbox.upcomingDays()), caller));
            } catch (RuntimeException e) {
                LOG.warn("A task source failed; the view of {} shows the others", customer.id(), e);
            }
        }
        upcoming.sort(Inbox.ORDER);
        Books.Contact contact = last == null ? null : new Books.Contact(last.at(), last.channel().name(), last.staff(), last.purpose());
        return Optional.of(new Content(a.manager(), a.from(), handovers.openFor(customer.id()), contact, p.intervalDays(), p.nextDue(),
                p.nextDue() != null && p.nextDue().isBefore(today), upcoming));
    }
}
