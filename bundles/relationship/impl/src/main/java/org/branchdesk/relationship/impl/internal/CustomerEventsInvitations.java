package org.branchdesk.relationship.impl.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.BookEntry;
import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.Interaction;
import org.branchdesk.customer.api.InteractionInput;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.api.TextRules;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.relationship.api.Task;
import org.branchdesk.relationship.api.TaskKind;
import org.branchdesk.relationship.impl.internal.CustomerEvents.Reply;
import org.branchdesk.relationship.impl.internal.jpa.CustomerEventEntity;
import org.branchdesk.relationship.impl.internal.jpa.CustomerEventsStore;
import org.branchdesk.relationship.impl.internal.jpa.EventInvitationEntity;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * An invitee's reply, attendance and follow-up, recorded by the customer's manager or the centre
 * head. Each step is a conditional update, so that two at the same moment cannot both count: an
 * acceptance takes a seat only while one is left; attendance and a follow-up are recorded once,
 * each with its contact in the interaction log, in the same transaction.
 */
final class CustomerEventsInvitations {

    private final TransactionControl tx;
    private final CustomerEventsStore store;
    private final AssignmentService assignments;
    private final InteractionLog interactions;
    private final CareEventsDetail detail;
    private final LongSupplier now;
    private final IntSupplier followUpDays;

    CustomerEventsInvitations(TransactionControl tx, CustomerEventsStore store, AssignmentService assignments, InteractionLog interactions,
            CareEventsDetail detail, LongSupplier now, IntSupplier followUpDays) {
        this.tx = tx;
        this.store = store;
        this.assignments = assignments;
        this.interactions = interactions;
        this.detail = detail;
        this.now = now;
        this.followUpDays = followUpDays;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(java.time.Instant.ofEpochMilli(now.getAsLong()), ZoneId.systemDefault());
    }

    /** Sets the reply and/or the attendance of one invitee; either may be left out, not both. */
    EventInvitationEntity update(long eventId, String customerId, Reply reply, Boolean attended, Caller caller) {
        if (reply == null && attended == null) {
            throw new InvalidInputException("reply", "give a reply (ACCEPTED or DECLINED), attended (true or false), or both");
        }
        RelationshipAccess.requireCustomer(caller, customerId, assignments);
        long at = now.getAsLong();
        LocalDate today = today();
        return tx.required(() -> {
            CustomerEventEntity event = store.event(eventId);
            EventInvitationEntity invitation = event == null ? null : store.invitation(eventId, customerId);
            if (invitation == null) {
                throw new NotFoundException("invitation of customer " + customerId + " to event", eventId);
            }
            if (reply != null && !reply.name().equals(invitation.reply)) {
                if (!store.reply(invitation.id, invitation.reply, reply.name(), caller.username(), at)) {
                    throw new ConflictException("reply", "the reply changed at the same moment; read it again");
                }
                if (reply == Reply.ACCEPTED && !store.takeSeat(eventId)) {
                    throw new ConflictException("reply", "the event is full: all " + event.capacity + " seats are taken");
                }
                if (Reply.ACCEPTED.name().equals(invitation.reply)) {
                    store.freeSeat(eventId);
                }
            }
            if (Boolean.TRUE.equals(attended)) {
                if (event.day.isAfter(today)) {
                    throw new ConflictException("attended", "the event is on " + event.day + ": attendance is recorded on or after that day");
                }
                if (store.attended(invitation.id, caller.username(), at)) {
                    interactions.record(customerId, new InteractionInput(Channel.EVENT, null, purpose("event", event), null,
                            event.kind + " at " + event.place + " on " + event.day), CareEvents.MODULE, caller);
                }
            } else if (Boolean.FALSE.equals(attended) && !store.absent(invitation.id, caller.username(), at)) {
                throw new ConflictException("attended", "the customer's attendance is already recorded (and in their interaction log)");
            }
            return store.freshInvitation(eventId, customerId);
        });
    }

    /** Records the follow-up of an attendee, once, with its contact in the interaction log. */
    Interaction followedUp(long eventId, String customerId, Channel channel, String note, Caller caller) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (channel == null) {
            errors.add(new InvalidInputException.FieldError("channel", "is required: one of " + List.of(Channel.values())));
        }
        String text = TextRules.check(errors, "note", note, false, CareEvents.NOTE_LENGTH, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RelationshipAccess.requireCustomer(caller, customerId, assignments);
        long at = now.getAsLong();
        return tx.required(() -> {
            CustomerEventEntity event = store.event(eventId);
            EventInvitationEntity invitation = event == null ? null : store.invitation(eventId, customerId);
            if (invitation == null || !Boolean.TRUE.equals(invitation.attended)) {
                throw new InvalidInputException("ref", "customer " + customerId + " did not attend event " + eventId + ": nothing to follow up");
            }
            if (!store.followedUp(invitation.id, caller.username(), at)) {
                throw new ConflictException("ref", "the follow-up of event/" + eventId + " is already recorded");
            }
            return interactions.record(customerId, new InteractionInput(channel, null, purpose("event follow-up", event), null, text),
                    CareEvents.MODULE, caller);
        });
    }

    /** The manager's attendees (or the one customer's, when given) not followed up yet: due {@code followUpDays} after the event, in the inbox from the event's day. */
    List<Task> tasks(String customerId, String manager, LocalDate today, LocalDate until, Caller caller) {
        RelationshipAccess.requireBook(caller, manager);
        Map<String, BookEntry> book = new LinkedHashMap<>();
        // one customer (their view, on every view): their entry and invitations only, never the whole book
        (customerId == null ? assignments.book(manager, caller) : assignments.entry(customerId, caller).map(List::of).orElse(List.<BookEntry>of()))
                .forEach(b -> book.put(b.customerId(), b));
        if (book.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = tx.supports(() -> customerId == null ? store.toFollowUp(until) : store.toFollowUp(until, customerId));
        int days = followUpDays.getAsInt();
        CareEventsDetail.Reader reader = detail.reader(caller);
        List<Task> tasks = new ArrayList<>();
        for (Object[] row : rows) {
            EventInvitationEntity i = (EventInvitationEntity) row[0];
            CustomerEventEntity e = (CustomerEventEntity) row[1];
            BookEntry b = book.get(i.customerId);
            if (b == null || (customerId != null && !customerId.equals(i.customerId))) {
                continue;
            }
            LocalDate due = e.day.plusDays(days);
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("eventId", e.id);
            extra.put("eventTitle", e.title);
            extra.put("eventKind", e.kind);
            extra.put("eventDay", e.day);
            extra.put("reply", i.reply);
            tasks.add(new Task(TaskKind.EVENT_FOLLOW_UP, b.customerId(), b.name(), "event/" + e.id, "Follow up " + e.title + " ("
                    + e.day + ")", due, due.isBefore(today), reader.detail(b.customerId(), b.segment(), extra)));
        }
        return tasks;
    }

    private static String purpose(String prefix, CustomerEventEntity event) {
        String purpose = prefix + ": " + event.title;
        return purpose.length() <= 100 ? purpose : purpose.substring(0, 99) + "…";
    }
}
