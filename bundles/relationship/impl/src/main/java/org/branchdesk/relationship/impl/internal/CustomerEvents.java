package org.branchdesk.relationship.impl.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.Acquisition;
import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.BookEntry;
import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.HoldingDates;
import org.branchdesk.customer.api.Interaction;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.relationship.api.Task;
import org.branchdesk.relationship.impl.internal.CustomerEventsEvaluation.EventEvaluation;
import org.branchdesk.relationship.impl.internal.CustomerEventsEvaluation.Invitee;
import org.branchdesk.relationship.impl.internal.jpa.CustomerEventEntity;
import org.branchdesk.relationship.impl.internal.jpa.CustomerEventsStore;
import org.branchdesk.relationship.impl.internal.jpa.EventInvitationEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * Customer events (salons, lectures, expert consultations) planned for a target group, their
 * invitation lists, replies and attendance, the EVENT_FOLLOW_UP tasks of those who came, and the
 * evaluation. This component wires: planning is {@link CustomerEventsPlanning}, the invitees'
 * steps {@link CustomerEventsInvitations}, the arithmetic {@link CustomerEventsEvaluation}. A
 * customer manager sees and changes only the invitations of their own customers; the centre head
 * all of them.
 */
// the PID is designated once, by CareEvents (its metatype); this component reads its followUpDays
@Component(configurationPid = CareEventsConfigCheck.PID, service = { TaskSource.class, CustomerEvents.class })
public final class CustomerEvents implements TaskSource {

    static final int LIST_LIMIT = 200;

    /** What an event is. */
    public enum Kind {
        SALON, LECTURE, CONSULTATION
    }

    /** An invitee's answer. */
    public enum Reply {
        ACCEPTED, DECLINED
    }

    /**
     * Who is invited: every criterion given must hold (segments: any of them).
     *
     * @param manager the manager whose customers are invited; a customer manager's own by default, every manager's for the centre head
     */
    public record EventTarget(List<String> segments, BigDecimal minAssets, String category, String manager) {
    }

    /** A new event, as posted. */
    public record EventInput(String title, String kind, String when, String place, Integer capacity, EventTarget target) {
    }

    /**
     * An event as read.
     *
     * @param accepted seats taken by the invitees who accepted
     * @param invited  invitees the caller sees (a customer manager: their own customers)
     */
    public record CustomerEvent(long id, String title, Kind kind, Instant when, LocalDate day, String place, int capacity, int accepted,
            EventTarget target, String createdBy, Instant createdAt, int invited) {
    }

    /** One invitee as read. {@code attended} is null until recorded. */
    public record EventInvitation(long eventId, String customerId, String customerName, String manager, Reply reply, Boolean attended,
            Instant followedUpAt) {
    }

    /** The module's time: the system clock, or a test's ({@link ModuleClock}). */
    private final ModuleClock clock;

    private volatile int followUpDays;

    private final TransactionControl tx;
    private final CustomerEventsStore store;
    private final AssignmentService assignments;
    private final HoldingDates dates;
    private final CustomerEventsPlanning planning;
    private final CustomerEventsInvitations invitations;

    @Activate
    public CustomerEvents(@Reference TransactionControl tx, @Reference ModuleClock clock,
            @Reference(target = "(osgi.unit.name=branchdesk.relationship)") JPAEntityManagerProvider provider,
            @Reference AssignmentService assignments, @Reference CustomerService customers, @Reference HoldingDates dates,
            @Reference InteractionLog interactions, CareEventsConfig config) {
        modified(config);
        this.tx = tx;
        this.clock = clock;
        this.store = new CustomerEventsStore(provider.getResource(tx));
        this.assignments = assignments;
        this.dates = dates;
        this.planning = new CustomerEventsPlanning(tx, store, assignments, customers, this::now);
        this.invitations = new CustomerEventsInvitations(tx, store, assignments, interactions, new CareEventsDetail(customers, interactions),
                this::now, () -> followUpDays);
    }

    @Modified
    void modified(CareEventsConfig config) {
        CareEventsConfigCheck.calendar(config); // the same rules as the check: a bad value stops here, with its message
        followUpDays = config.followUpDays();
    }

    private long now() {
        return clock.now().toEpochMilli();
    }

    private LocalDate today() {
        return clock.today();
    }

    @Override
    public List<Task> tasks(String manager, LocalDate today, LocalDate until, Caller caller) {
        return invitations.tasks(null, manager, today, until, caller);
    }

    /** One customer's follow-ups, with the detail read for them only (the customer view asks on every view). */
    @Override
    public List<Task> tasksOf(String customerId, String manager, LocalDate today, LocalDate until, Caller caller) {
        return invitations.tasks(customerId, manager, today, until, caller);
    }

    public CustomerEvent create(EventInput input, Caller caller) {
        CustomerEventEntity e = planning.create(input, caller);
        return get(e.id, caller);
    }

    /** The centre head: every event; a customer manager: those they created, planned for their customers, or that invited one. */
    public List<CustomerEvent> list(Caller caller) {
        caller.require(RelationshipAccess.WORK, "reading customer events");
        String visibleTo = caller.has(Role.CENTER_HEAD) ? null : caller.username();
        Set<String> mine = own(caller);
        return tx.supports(() -> store.events(visibleTo, LIST_LIMIT).stream().map(e -> toRecord(e, visible(store.invitations(e.id), mine).size()))
                .toList());
    }

    public CustomerEvent get(long id, Caller caller) {
        caller.require(RelationshipAccess.WORK, "reading customer events");
        Set<String> mine = own(caller);
        return tx.supports(() -> toRecord(event(id), visible(store.invitations(id), mine).size()));
    }

    /** The invitees the caller sees: the centre head all, a customer manager their own customers. */
    public List<EventInvitation> invitations(long id, Caller caller) {
        caller.require(RelationshipAccess.WORK, "reading customer events");
        Set<String> mine = own(caller);
        return tx.supports(() -> {
            event(id);
            return visible(store.invitations(id), mine).stream().map(CustomerEvents::toRecord).toList();
        });
    }

    public EventInvitation update(long id, String customerId, Reply reply, Boolean attended, Caller caller) {
        return toRecord(invitations.update(id, customerId, reply, attended, caller));
    }

    public Interaction followedUp(long id, String customerId, Channel channel, String note, Caller caller) {
        return invitations.followedUp(id, customerId, channel, note, caller);
    }

    /** Over the invitees the caller sees; acquisitions read once, for all of them. */
    public EventEvaluation evaluation(long id, Caller caller) {
        caller.require(RelationshipAccess.WORK, "evaluating customer events");
        Set<String> mine = own(caller);
        CustomerEventEntity[] event = new CustomerEventEntity[1];
        List<EventInvitationEntity> invited = tx.supports(() -> {
            event[0] = event(id);
            return visible(store.invitations(id), mine);
        });
        LocalDate day = event[0].day;
        List<String> ids = invited.stream().map(i -> i.customerId).toList();
        List<Acquisition> bought = ids.isEmpty() ? List.of()
                : dates.acquisitions(ids, day, CustomerEventsEvaluation.windowTo(day), caller);
        return CustomerEventsEvaluation.of(id, day, today(),
                invited.stream().map(i -> new Invitee(i.customerId, i.reply, i.attended)).toList(), bought);
    }

    private CustomerEventEntity event(long id) {
        CustomerEventEntity e = store.event(id);
        if (e == null) {
            throw new NotFoundException("event", id);
        }
        return e;
    }

    /** The customer numbers of the caller's own book, or null for the centre head (who sees every book). */
    private Set<String> own(Caller caller) {
        if (caller.has(Role.CENTER_HEAD)) {
            return null;
        }
        return assignments.book(caller.username(), caller).stream().map(BookEntry::customerId).collect(Collectors.toSet());
    }

    private static List<EventInvitationEntity> visible(List<EventInvitationEntity> all, Set<String> mine) {
        return mine == null ? all : all.stream().filter(i -> mine.contains(i.customerId)).toList();
    }

    private static CustomerEvent toRecord(CustomerEventEntity e, int invited) {
        EventTarget target = new EventTarget(e.targetSegments == null ? null : Arrays.asList(e.targetSegments.split(",")), e.targetMinAssets,
                e.targetCategory == null ? null : e.targetCategory.name(), e.targetManager);
        return new CustomerEvent(e.id, e.title, Kind.valueOf(e.kind), Instant.ofEpochMilli(e.at), e.day, e.place, e.capacity, e.accepted, target,
                e.createdBy, Instant.ofEpochMilli(e.createdAt), invited);
    }

    private static EventInvitation toRecord(EventInvitationEntity i) {
        return new EventInvitation(i.eventId, i.customerId, i.customerName, i.manager, i.reply == null ? null : Reply.valueOf(i.reply),
                i.attended, i.followedUpAt == null ? null : Instant.ofEpochMilli(i.followedUpAt));
    }
}
