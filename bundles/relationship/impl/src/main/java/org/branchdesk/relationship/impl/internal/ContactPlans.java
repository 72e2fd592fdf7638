package org.branchdesk.relationship.impl.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.BookEntry;
import org.branchdesk.customer.api.Interaction;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.relationship.api.Task;
import org.branchdesk.relationship.api.TaskKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Planned contacts (计划性维护, not ad-hoc): each customer of a book is due a contact the
 * segment's interval after their last one, or after the day they got their manager;
 * {@link TaskKind#CONTACT_DUE} tasks for those due in the window, overdue ones first.
 */
@Component(service = { ContactPlans.class, TaskSource.class }, configurationPid = RelationshipConfigCheck.PID,
        property = Inbox.CORE_SOURCE + "=true")
public final class ContactPlans implements TaskSource {

    /** One customer's plan: their last contact and the next one due (null without a plan for the segment). */
    record Planned(BookEntry customer, Interaction last, LocalDate nextDue, Integer intervalDays) {
    }

    private final AssignmentService assignments;
    private final InteractionLog interactions;
    private final ModuleClock clock;
    private final ContactPlan plan;

    @Activate
    public ContactPlans(@Reference AssignmentService assignments, @Reference InteractionLog interactions, @Reference ModuleClock clock,
            RelationshipConfig config) {
        this.assignments = assignments;
        this.interactions = interactions;
        this.clock = clock;
        this.plan = ContactPlan.of(RelationshipConfigCheck.require(config).contactDays());
    }

    /** Every customer of the manager's book with their plan, in the book's order. */
    List<Planned> plans(String manager, Caller caller) {
        List<BookEntry> book;
        try {
            book = assignments.book(manager, caller);
        } catch (RuntimeException e) {
            if (notFound(e)) {
                return List.of(); // not a customer manager: e.g. the centre head's own inbox
            }
            throw e;
        }
        if (book.isEmpty()) {
            return List.of();
        }
        Map<String, BookEntry> byId = new LinkedHashMap<>();
        book.forEach(b -> byId.put(b.customerId(), b));
        Map<String, Interaction> latest = interactions.latest(byId.keySet(), caller);
        List<Planned> plans = new ArrayList<>(book.size());
        for (BookEntry b : book) {
            plans.add(plan(b, latest.get(b.customerId())));
        }
        return plans;
    }

    /** One customer's plan from their book entry and last contact. */
    Planned plan(BookEntry b, Interaction last) {
        OptionalInt interval = plan.interval(b.segment());
        LocalDate due = plan.nextDue(b.segment(), last == null ? null : last.at(), b.managerSince(), clock.zone());
        return new Planned(b, last, due, interval.isPresent() ? interval.getAsInt() : null);
    }

    /** The interval of a segment, for the view. */
    ContactPlan plan() {
        return plan;
    }

    @Override
    public List<Task> tasks(String manager, LocalDate today, LocalDate until, Caller caller) {
        List<Task> tasks = new ArrayList<>();
        for (Planned p : plans(manager, caller)) {
            if (p.nextDue() != null && !p.nextDue().isAfter(until)) {
                tasks.add(task(p, today));
            }
        }
        return tasks;
    }

    /**
     * Refuses unless the caller may work {@code manager}'s book ({@link RelationshipAccess#requireBook}),
     * but says 404 first for someone who is not a customer manager at all (the caller's own book
     * always exists: the centre head's inbox holds the handovers raised to them).
     */
    void requireBook(Caller caller, String manager) {
        caller.require(RelationshipAccess.WORK, "relationship maintenance");
        if (!caller.username().equals(manager)) {
            try {
                assignments.profile(manager, Module.CALLER);
            } catch (RuntimeException e) {
                if (notFound(e)) {
                    throw new NotFoundException("customer manager", manager);
                }
                throw e;
            }
        }
        RelationshipAccess.requireBook(caller, manager);
    }

    /** A 404 of the customer module, also as its transaction's wrapper carries it. */
    static boolean notFound(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NotFoundException) {
                return true;
            }
        }
        return false;
    }

    static Task task(Planned p, LocalDate today) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("segment", p.customer().segment() == null ? null : p.customer().segment().name());
        detail.put("averageAssets", p.customer().averageAssets());
        detail.put("intervalDays", p.intervalDays());
        detail.put("lastContact", p.last() == null ? null
                : Map.of("at", p.last().at().toString(), "channel", p.last().channel().name(), "staff", p.last().staff()));
        detail.put("managerSince", p.customer().managerSince() == null ? null : p.customer().managerSince().toString());
        return new Task(TaskKind.CONTACT_DUE, p.customer().customerId(), p.customer().name(), "plan",
                "Planned contact (every " + p.intervalDays() + " days)", p.nextDue(), p.nextDue().isBefore(today), detail);
    }
}
