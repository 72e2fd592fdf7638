package org.branchdesk.relationship.impl.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.BookEntry;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.ManagerProfile;
import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.api.TextRules;
import org.branchdesk.platform.rest.Params;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.relationship.impl.internal.CustomerEvents.EventInput;
import org.branchdesk.relationship.impl.internal.CustomerEvents.Kind;
import org.branchdesk.relationship.impl.internal.CustomerEvents.EventTarget;
import org.branchdesk.relationship.impl.internal.jpa.CustomerEventEntity;
import org.branchdesk.relationship.impl.internal.jpa.CustomerEventsStore;
import org.branchdesk.relationship.impl.internal.jpa.EventInvitationEntity;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Planning a customer event for a target group: the input checked (every fault at once, each
 * naming its field, before anything is written), the group resolved through the managers' books
 * (and the holdings, only where a product category is asked, only for the customers the other
 * criteria left), and the event stored with its invitation list in one transaction.
 */
final class CustomerEventsPlanning {

    static final int MOST_CAPACITY = 100_000;
    /** The largest amount the column holds (precision 19, scale 2). */
    static final BigDecimal MOST_ASSETS = new BigDecimal("99999999999999999.99");

    /** An event's input once checked. */
    record Plan(String title, Kind kind, Instant when, String place, int capacity, Set<Segment> segments, BigDecimal minAssets,
            ProductCategory category, String manager) {
    }

    /** A customer of the target group and the manager whose book they are in. */
    record Guest(BookEntry customer, String manager) {
    }

    private final TransactionControl tx;
    private final CustomerEventsStore store;
    private final AssignmentService assignments;
    private final CustomerService customers;
    private final LongSupplier now;

    CustomerEventsPlanning(TransactionControl tx, CustomerEventsStore store, AssignmentService assignments, CustomerService customers,
            LongSupplier now) {
        this.tx = tx;
        this.store = store;
        this.assignments = assignments;
        this.customers = customers;
        this.now = now;
    }

    /** The centre head plans for any group; a customer manager for their own customers only. */
    CustomerEventEntity create(EventInput input, Caller caller) {
        caller.require(RelationshipAccess.WORK, "planning a customer event");
        Plan plan = validate(input);
        boolean head = caller.has(Role.CENTER_HEAD);
        String manager = plan.manager();
        if (!head) {
            if (manager != null && !manager.equals(caller.username())) {
                throw new ForbiddenException("a customer manager plans events for their own customers only");
            }
            manager = caller.username();
        } else if (manager != null) {
            try {
                assignments.profile(manager, caller);
            } catch (NotFoundException e) {
                throw new InvalidInputException("target.manager", "'" + manager + "' is not a customer manager");
            }
        }
        List<Guest> group = resolve(plan, manager, caller);
        if (group.isEmpty()) {
            throw new InvalidInputException("target", "no customer matches the target group");
        }
        String targetManager = manager;
        long at = now.getAsLong();
        return tx.required(() -> {
            CustomerEventEntity e = new CustomerEventEntity();
            e.title = plan.title();
            e.kind = plan.kind().name();
            e.at = plan.when().toEpochMilli();
            e.day = LocalDate.ofInstant(plan.when(), ZoneId.systemDefault());
            e.place = plan.place();
            e.capacity = plan.capacity();
            e.targetSegments = plan.segments().isEmpty() ? null : String.join(",", plan.segments().stream().map(Segment::name).toList());
            e.targetMinAssets = plan.minAssets();
            e.targetCategory = plan.category();
            e.targetManager = head ? plan.manager() : targetManager;
            e.createdBy = caller.username();
            e.createdAt = at;
            List<EventInvitationEntity> invitations = new ArrayList<>();
            for (Guest g : group) {
                BookEntry b = g.customer();
                EventInvitationEntity i = new EventInvitationEntity();
                i.customerId = b.customerId();
                i.customerName = b.name() == null || b.name().length() <= 100 ? b.name() : b.name().substring(0, 100);
                i.manager = g.manager();
                invitations.add(i);
            }
            store.add(e, invitations);
            return e;
        });
    }

    /** The customers of the group, by manager and customer number; a customer in two books (never, by the one-manager rule) once. */
    private List<Guest> resolve(Plan plan, String manager, Caller caller) {
        List<String> managers = manager != null ? List.of(manager)
                : assignments.managers(caller).stream().map(ManagerProfile::username).sorted().toList();
        Set<String> seen = new LinkedHashSet<>();
        List<Guest> group = new ArrayList<>();
        for (String m : managers) {
            for (BookEntry b : assignments.book(m, caller)) {
                if (matches(plan, b) && seen.add(b.customerId())
                        && (plan.category() == null || customers.holdings(b.customerId(), caller).stream()
                                .anyMatch(h -> h.category() == plan.category() && h.amount() != null && h.amount().signum() > 0))) {
                    group.add(new Guest(b, m));
                }
            }
        }
        return group;
    }

    static boolean matches(Plan plan, BookEntry b) {
        if (!plan.segments().isEmpty() && (b.segment() == null || !plan.segments().contains(b.segment()))) {
            return false;
        }
        return plan.minAssets() == null || (b.averageAssets() != null && b.averageAssets().compareTo(plan.minAssets()) >= 0);
    }

    /** Every fault of the input at once, each naming its field. */
    static Plan validate(EventInput in) {
        if (in == null) {
            throw new InvalidInputException("body", "an event in JSON is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String title = TextRules.check(errors, "title", in.title(), true, CustomerEventEntity.TITLE_LENGTH, false);
        Kind kind = null;
        if (in.kind() == null || in.kind().isBlank()) {
            errors.add(new FieldError("kind", "is required: one of " + List.of(Kind.values())));
        } else {
            kind = one(errors, "kind", Kind.class, in.kind());
        }
        Instant when = null;
        try {
            when = Params.instant("when", in.when());
            if (when == null) {
                errors.add(new FieldError("when", "is required: an instant like 2026-12-20T14:00:00Z"));
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        String place = TextRules.check(errors, "place", in.place(), true, CustomerEventEntity.PLACE_LENGTH, false);
        if (in.capacity() == null || in.capacity() < 1 || in.capacity() > MOST_CAPACITY) {
            errors.add(new FieldError("capacity", "is required: a number of seats from 1 to " + MOST_CAPACITY));
        }
        EventTarget t = in.target() == null ? new EventTarget(null, null, null, null) : in.target();
        Set<Segment> segments = EnumSet.noneOf(Segment.class);
        if (t.segments() != null) {
            for (String s : t.segments()) {
                Segment segment = one(errors, "target.segments", Segment.class, s);
                if (segment == null) {
                    break;
                }
                segments.add(segment);
            }
        }
        if (t.minAssets() != null && (t.minAssets().signum() < 0 || t.minAssets().compareTo(MOST_ASSETS) > 0
                || t.minAssets().stripTrailingZeros().scale() > 2)) {
            errors.add(new FieldError("target.minAssets", "must be an amount from 0 to " + MOST_ASSETS + " with at most 2 decimals"));
        }
        ProductCategory category = t.category() == null || t.category().isBlank() ? null
                : one(errors, "target.category", ProductCategory.class, t.category());
        String manager = TextRules.check(errors, "target.manager", t.manager(), false, 32, false);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Plan(title, kind, when, place, in.capacity(), segments, t.minAssets(), category, manager);
    }

    private static <E extends Enum<E>> E one(List<FieldError> errors, String field, Class<E> type, String value) {
        try {
            E e = Params.oneOf(field, type, value);
            if (e == null) {
                errors.add(new FieldError(field, "'' is not one of " + List.of(type.getEnumConstants())));
            }
            return e;
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
