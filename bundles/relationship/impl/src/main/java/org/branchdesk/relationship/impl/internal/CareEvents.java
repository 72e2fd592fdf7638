package org.branchdesk.relationship.impl.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.BookEntry;
import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.HoldingDates;
import org.branchdesk.customer.api.Interaction;
import org.branchdesk.customer.api.InteractionInput;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.customer.api.Maturity;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.relationship.api.Task;
import org.branchdesk.relationship.api.TaskKind;
import org.branchdesk.relationship.impl.internal.CareEventsCalendar.Event;
import org.branchdesk.relationship.impl.internal.CareEventsCalendar.Kind;
import org.branchdesk.relationship.impl.internal.jpa.CareDoneEntity;
import org.branchdesk.relationship.impl.internal.jpa.CareEventsStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * Care events (birthdays, maturities, premium anniversaries, holidays) as CARE_EVENT tasks in a
 * manager's inbox, each raised its kind's lead time ahead ({@link CareEventsCalendar}), and the
 * record that one was done: a contact in the interaction log and a row that hides the task. A
 * book is read in one pass (the book, then one maturity query); the detail of the tasks returned
 * only ({@link CareEventsDetail}).
 */
@Designate(ocd = CareEventsConfig.class)
@Component(configurationPid = CareEventsConfigCheck.PID, service = { TaskSource.class, CareEvents.class })
public final class CareEvents implements TaskSource {

    /** The module that records the contacts, in the interaction log. */
    static final String MODULE = "relationship";
    static final int NOTE_LENGTH = 1000;
    /** The most days ahead a book's upcoming care is listed for. */
    static final int MOST_DAYS = 366;

    /** The module's time: the system clock, or a test's ({@link ModuleClock}). */
    private final ModuleClock clock;

    // branch IT's configuration, changed in place: the inbox keeps answering while it changes
    private volatile CareEventsCalendar calendar;

    private final TransactionControl tx;
    private final CareEventsStore store;
    private final AssignmentService assignments;
    private final HoldingDates dates;
    private final InteractionLog interactions;
    private final CareEventsDetail detail;

    @Activate
    public CareEvents(@Reference TransactionControl tx, @Reference ModuleClock clock,
            @Reference(target = "(osgi.unit.name=branchdesk.relationship)") JPAEntityManagerProvider provider,
            @Reference AssignmentService assignments, @Reference CustomerService customers, @Reference HoldingDates dates,
            @Reference InteractionLog interactions, CareEventsConfig config) {
        modified(config);
        this.tx = tx;
        this.clock = clock;
        this.store = new CareEventsStore(provider.getResource(tx));
        this.assignments = assignments;
        this.dates = dates;
        this.interactions = interactions;
        this.detail = new CareEventsDetail(customers, interactions);
    }

    @Modified
    void modified(CareEventsConfig config) {
        calendar = CareEventsConfigCheck.calendar(config);
    }

    LocalDate today() {
        return clock.today();
    }

    /**
     * The care events raised by {@code today} and due by {@code until}, not yet done. A task is
     * due on the event's day (a birthday on the birthday): it is in the inbox from its kind's lead
     * time before that day until the day itself, once the inbox looks that far ahead.
     */
    @Override
    public List<Task> tasks(String manager, LocalDate today, LocalDate until, Caller caller) {
        return raised(null, manager, today, until, caller);
    }

    /** One customer's, for their view: their book entry and maturities only, and the detail for this customer. */
    @Override
    public List<Task> tasksOf(String customerId, String manager, LocalDate today, LocalDate until, Caller caller) {
        return raised(customerId, manager, today, until, caller);
    }

    private List<Task> raised(String customerId, String manager, LocalDate today, LocalDate until, Caller caller) {
        RelationshipAccess.requireBook(caller, manager);
        CareEventsCalendar c = calendar;
        // one customer (their view, on every view): their entry and maturities only, never the whole book
        List<BookEntry> book = customerId == null ? assignments.book(manager, caller)
                : assignments.entry(customerId, caller).map(List::of).orElse(List.of());
        if (book.isEmpty() || until.isBefore(today)) {
            return List.of();
        }
        List<Maturity> maturities = customerId == null ? dates.maturing(today, until, manager, caller)
                : dates.maturingOf(customerId, today, until, caller);
        return open(c.raised(book, maturities, today, until), today, until, today, caller);
    }

    /** A book's care events dated from today to {@code days} days ahead, not yet done, with their detail. */
    public List<Task> upcoming(String manager, int days, Caller caller) {
        RelationshipAccess.requireBook(caller, manager);
        if (days < 0 || days > MOST_DAYS) {
            throw new InvalidInputException("days", "'" + days + "' is not a number from 0 to " + MOST_DAYS);
        }
        CareEventsCalendar c = calendar;
        LocalDate today = today();
        LocalDate to = today.plusDays(days);
        List<BookEntry> book = assignments.book(manager, caller);
        List<Maturity> maturities = book.isEmpty() ? List.of() : dates.maturing(today, to, manager, caller);
        return open(c.between(book, maturities, today, to), today, to, today, caller);
    }

    private List<Task> open(List<Event> events, LocalDate from, LocalDate to, LocalDate today, Caller caller) {
        Set<String> done = tx.supports(() -> store.doneBetween(from, to));
        CareEventsDetail.Reader reader = detail.reader(caller);
        List<Task> tasks = new ArrayList<>();
        for (Event e : events) {
            if (!done.contains(CareEventsStore.key(e.customer().customerId(), e.ref()))) {
                tasks.add(task(e, today, reader));
            }
        }
        return tasks;
    }

    private static Task task(Event e, LocalDate today, CareEventsDetail.Reader reader) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("event", e.kind());
        extra.put("date", e.date());
        switch (e.kind()) {
        case BIRTHDAY -> extra.put("age", e.years());
        case ANNIVERSARY -> extra.put("premiumYears", e.years());
        case HOLIDAY -> extra.put("holiday", e.holiday());
        case MATURITY -> extra.put("maturities", e.maturities());
        }
        BookEntry c = e.customer();
        return new Task(TaskKind.CARE_EVENT, c.customerId(), c.name(), e.ref(), e.title(), e.date(), e.date().isBefore(today),
                reader.detail(c.customerId(), c.segment(), extra));
    }

    /** A ref {@code care/KIND/YYYY-MM-DD}: its kind and day, or a 400 naming {@code ref}. */
    static Event parse(String ref) {
        String[] parts = ref == null ? new String[0] : ref.trim().split("/");
        if (parts.length == 3 && parts[0].equals("care")) {
            try {
                return new Event(null, Kind.valueOf(parts[1]), LocalDate.parse(parts[2]), 0, null, List.of());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                // reported below
            }
        }
        throw new InvalidInputException("ref", "'" + ref + "' is not a care task's ref like care/BIRTHDAY/2026-12-10");
    }

    /**
     * Records the care of one task as done by the caller: a contact in the customer's interaction
     * log (module {@value #MODULE}) and the row that hides the task, in one transaction. The task
     * must be one of the customer's care events; recording it twice is a 409.
     */
    public Interaction done(String customerId, String ref, Channel channel, String note, Caller caller) {
        Event wanted = parse(ref);
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (channel == null) {
            errors.add(new InvalidInputException.FieldError("channel", "is required: one of " + List.of(Channel.values())));
        }
        String text = org.branchdesk.platform.api.TextRules.check(errors, "note", note, false, NOTE_LENGTH, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String manager = RelationshipAccess.requireCustomer(caller, customerId, assignments);
        Event event = manager == null ? null : find(customerId, wanted, caller);
        if (event == null) {
            throw new InvalidInputException("ref", "customer " + customerId + " has no care event " + wanted.ref());
        }
        long now = clock.now().toEpochMilli();
        try {
            return tx.required(() -> {
                if (store.isDone(customerId, event.ref())) {
                    throw new ConflictException("ref", "the care of " + event.ref() + " is already recorded");
                }
                CareDoneEntity row = new CareDoneEntity();
                row.customerId = customerId;
                row.ref = event.ref();
                row.day = event.date();
                row.doneBy = caller.username();
                row.doneAt = now;
                store.add(row); // a second one at the same moment fails the unique constraint here, before the contact is recorded
                Interaction contact = interactions.record(customerId, new InteractionInput(channel, null, purpose(event), null, text),
                        MODULE, caller);
                row.interactionId = contact.id();
                return contact;
            });
        } catch (RuntimeException e) {
            if (HandoverOpening.duplicateKey(e)) {
                // recorded at the same moment by another request, on this runtime or another: the UNIQUE row decided
                throw new ConflictException("ref", "the care of " + event.ref() + " is already recorded");
            }
            throw e;
        }
    }

    private static String purpose(Event e) {
        String purpose = e.kind() == Kind.HOLIDAY ? e.kind().purpose + ": " + e.holiday() : e.kind().purpose;
        return purpose.length() <= 100 ? purpose : purpose.substring(0, 100);
    }

    private Event find(String customerId, Event wanted, Caller caller) {
        // the customer's own entry and maturities: recording one care event never reads the whole book
        BookEntry entry = assignments.entry(customerId, caller).orElse(null);
        if (entry == null) {
            return null;
        }
        List<Maturity> maturities = wanted.kind() == Kind.MATURITY ? dates.maturingOf(customerId, wanted.date(), wanted.date(), caller)
                : List.of();
        return calendar.between(List.of(entry), maturities, wanted.date(), wanted.date()).stream()
                .filter(e -> e.kind() == wanted.kind()).findFirst().orElse(null);
    }
}
