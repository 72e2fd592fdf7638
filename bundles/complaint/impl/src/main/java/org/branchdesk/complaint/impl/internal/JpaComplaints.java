package org.branchdesk.complaint.impl.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.branchdesk.complaint.api.Category;
import org.branchdesk.complaint.api.Channel;
import org.branchdesk.complaint.api.Complaint;
import org.branchdesk.complaint.api.ComplaintInput;
import org.branchdesk.complaint.api.ComplaintService;
import org.branchdesk.complaint.api.ComplaintStats;
import org.branchdesk.complaint.api.EscalationLevel;
import org.branchdesk.complaint.api.HistoryEntry;
import org.branchdesk.complaint.api.Severity;
import org.branchdesk.complaint.api.Status;
import org.branchdesk.complaint.impl.internal.jpa.ComplaintEntity;
import org.branchdesk.complaint.impl.internal.jpa.HistoryEntity;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.Identifier;
import org.branchdesk.lobby.api.ComplaintCount;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.TextRules;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.persistence.DailyNumbers;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Complaints in the database. A scheduled check (not a request side effect) escalates
 * complaints whose acknowledgement or resolution deadline has passed, one level each time, and
 * gives the new level a fresh deadline of the same length.
 */
@Designate(ocd = ComplaintConfig.class)
@Component(configurationPid = "org.branchdesk.complaint", service = { ComplaintService.class, ComplaintCount.class })
public final class JpaComplaints implements ComplaintService, ComplaintCount {

    /** Roles that handle complaints and may read them; the assignee may read theirs too. */
    static final Set<Role> HANDLERS = Set.of(Role.CENTER_HEAD, Role.LOBBY_MANAGER);
    /** Staff who serve customers record complaints and work those assigned to them; ADMIN and AUDITOR do not. */
    static final Set<Role> STAFF = Set.of(Role.CENTER_HEAD, Role.LOBBY_MANAGER, Role.CUSTOMER_MANAGER, Role.TELLER,
            Role.OPERATIONS_SUPERVISOR);
    static final Set<Role> STATS = Set.of(Role.CENTER_HEAD);
    private static final java.util.regex.Pattern CONTACT_PHONE = java.util.regex.Pattern.compile("\\+?[0-9][0-9 -]*");
    private static final String SYSTEM = "system";
    /** The series of the references' daily numbers ({@link DailyNumbers}). */
    static final String REFERENCES = "complaint.reference";
    private static final Logger LOG = LoggerFactory.getLogger(JpaComplaints.class);

    private final TransactionControl tx;
    private final EntityManager em;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final CustomerService customers;
    private final DailyNumbers numbers;
    private final Deadlines deadlines;
    private final ScheduledExecutorService scheduler;

    /** Tests (and a branch with a special calendar) may register a Clock with branchdesk.clock=true. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            target = "(branchdesk.clock=true)")
    private volatile Clock clock;

    @Activate
    public JpaComplaints(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.complaint)") JPAEntityManagerProvider provider, @Reference AuditLog audit,
            @Reference StaffDirectory staff, @Reference CustomerService customers, @Reference DailyNumbers numbers,
            ComplaintConfig config) {
        this.tx = tx;
        this.em = provider.getResource(tx);
        this.audit = audit;
        this.staff = staff;
        this.customers = customers;
        this.numbers = numbers;
        this.deadlines = new Deadlines(config.acknowledgeHours(), config.resolveHours());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "branchdesk-complaint-escalation"));
        long every = Math.max(1, config.escalationCheckSeconds());
        scheduler.scheduleWithFixedDelay(this::scheduledCheck, every, every, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    private Clock clock() {
        Clock c = clock;
        return c == null ? Clock.systemDefaultZone() : c;
    }

    private void scheduledCheck() {
        try {
            int escalated = escalateOverdue();
            if (escalated > 0) {
                LOG.info("Escalated {} complaint(s) past their deadline", escalated);
            }
        } catch (RuntimeException e) {
            LOG.warn("The escalation check failed; it runs again at its next interval", e);
        }
    }

    @Override
    public Complaint receive(ComplaintInput in, Caller caller) {
        caller.require(STAFF, "recording a complaint");
        validate(in);
        if (in.customerId() != null) {
            customers.identify(Identifier.CUSTOMER_ID, in.customerId(), caller)
                    .orElseThrow(() -> new InvalidInputException("customerId", "no customer " + in.customerId()));
        }
        long now = clock().millis();
        return tx.required(() -> {
            ComplaintEntity c = new ComplaintEntity();
            c.day = LocalDate.ofInstant(Instant.ofEpochMilli(now), ZoneId.systemDefault());
            c.reference = reference(c.day, numbers.next(REFERENCES, c.day, () -> highestReference(c.day)));
            c.customerId = blank(in.customerId());
            c.contactName = blank(in.contactName());
            c.contactPhone = blank(in.contactPhone());
            c.channel = in.channel();
            c.category = in.category();
            c.severity = in.severity();
            c.description = in.description().trim();
            c.desiredOutcome = blank(in.desiredOutcome());
            c.status = Status.RECEIVED;
            c.level = EscalationLevel.CENTER_HEAD;
            c.receivedBy = caller.username();
            c.receivedAt = now;
            c.acknowledgeBy = now + deadlines.acknowledge(c.severity).toMillis();
            c.resolveBy = now + deadlines.resolve(c.severity).toMillis();
            em.persist(c);
            em.flush();
            history(c, caller.username(), "RECEIVED", null, Status.RECEIVED, "via " + c.channel);
            return toRecord(c, caller);
        });
    }

    /** CP-yyyymmdd-nnnn; the REFERENCE column's unique constraint backs the number's uniqueness. */
    static String reference(LocalDate day, long number) {
        return String.format("CP-%s-%04d", day.toString().replace("-", ""), number);
    }

    /** The highest number of the day's references, for a day begun before the references were counted by DailyNumbers. */
    private long highestReference(LocalDate day) {
        return em.createQuery("SELECT c.reference FROM ComplaintEntity c WHERE c.day = :d", String.class).setParameter("d", day)
                .getResultList().stream().mapToLong(JpaComplaints::numberOf).max().orElse(0);
    }

    /** The daily number of a stored reference (CP-20261201-0007: 7), 0 when it is not one. */
    static long numberOf(String reference) {
        String digits = reference.substring(reference.lastIndexOf('-') + 1);
        return !digits.isEmpty() && digits.length() < 19 && digits.chars().allMatch(Character::isDigit) ? Long.parseLong(digits) : 0;
    }

    @Override
    public Complaint get(long id, Caller caller) {
        caller.require(STAFF, "reading a complaint");
        return tx.required(() -> toRecord(readable(id, caller), caller));
    }

    @Override
    public List<Complaint> list(boolean all, Status status, Caller caller) {
        caller.require(STAFF, "listing complaints");
        if (all && !caller.has(Role.CENTER_HEAD)) {
            throw new ForbiddenException("only the centre head sees every complaint of the branch");
        }
        return tx.required(() -> {
            String jpql = !all ? "SELECT c FROM ComplaintEntity c WHERE c.assignee = :me AND c.status NOT IN :closed ORDER BY c.id DESC"
                    : status == null ? "SELECT c FROM ComplaintEntity c ORDER BY c.id DESC"
                    : "SELECT c FROM ComplaintEntity c WHERE c.status = :s ORDER BY c.id DESC";
            javax.persistence.TypedQuery<ComplaintEntity> q = em.createQuery(jpql, ComplaintEntity.class).setMaxResults(500);
            if (!all) {
                q.setParameter("me", caller.username()).setParameter("closed", List.of(Status.RESOLVED, Status.CLOSED));
            } else if (status != null) {
                q.setParameter("s", status);
            }
            return q.getResultList().stream().map(c -> toRecord(c, caller)).toList();
        });
    }

    @Override
    public Complaint transition(long id, Status next, String note, Caller caller) {
        caller.require(STAFF, "working a complaint");
        if (next == null) {
            throw new InvalidInputException("status", "required");
        }
        if (next == Status.RESOLVED || next == Status.CLOSED) {
            throw new InvalidInputException("status", next + " is reached by resolving and by the customer's feedback");
        }
        return tx.required(() -> {
            ComplaintEntity c = readable(id, caller);
            move(c, next, caller.username(), next.name(), note);
            return toRecord(c, caller);
        });
    }

    @Override
    public Complaint assign(long id, String assignee, Caller caller) {
        caller.require(HANDLERS, "assigning a complaint");
        if (assignee == null || staff.find(assignee).filter(s -> s.active()).isEmpty()) {
            throw new InvalidInputException("assignee", "'" + assignee + "' is not an active member of staff");
        }
        return tx.required(() -> {
            ComplaintEntity c = readable(id, caller);
            c.assignee = assignee;
            history(c, caller.username(), "ASSIGNED", c.status, c.status, "to " + assignee);
            return toRecord(c, caller);
        });
    }

    @Override
    public Complaint escalate(long id, String reason, Caller caller) {
        caller.require(HANDLERS, "escalating a complaint");
        return tx.required(() -> {
            ComplaintEntity c = readable(id, caller);
            if (!c.status.open() || c.level == EscalationLevel.HEAD_OFFICE) {
                throw new ConflictException("level", "complaint " + c.reference + " cannot be escalated further");
            }
            raise(c, caller.username(), reason == null ? "escalated by hand" : reason);
            return toRecord(c, caller);
        });
    }

    @Override
    public Complaint resolve(long id, String resolution, String remedy, Caller caller) {
        caller.require(STAFF, "resolving a complaint");
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        TextRules.check(errors, "resolution", resolution, true, 2000, true);
        TextRules.check(errors, "remedy", remedy, false, 1000, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return tx.required(() -> {
            ComplaintEntity c = readable(id, caller);
            move(c, Status.RESOLVED, caller.username(), "RESOLVED", resolution);
            c.resolution = resolution.trim();
            c.remedy = blank(remedy);
            c.resolvedAt = clock().millis();
            c.satisfied = null;
            return toRecord(c, caller);
        });
    }

    @Override
    public Complaint feedback(long id, boolean satisfied, boolean escalate, String comment, Caller caller) {
        caller.require(STAFF, "recording a customer's feedback");
        return tx.required(() -> {
            ComplaintEntity c = readable(id, caller);
            if (c.status != Status.RESOLVED) {
                throw new ConflictException("status", "feedback is for a RESOLVED complaint; this one is " + c.status);
            }
            c.satisfied = satisfied;
            if (satisfied) {
                move(c, Status.CLOSED, caller.username(), "CLOSED", comment);
                c.closedAt = clock().millis();
            } else {
                move(c, Status.UNDER_INVESTIGATION, caller.username(), "REOPENED", comment);
                c.resolvedAt = null;
                if (escalate && c.level != EscalationLevel.HEAD_OFFICE) {
                    raise(c, caller.username(), "the customer is not satisfied");
                }
            }
            return toRecord(c, caller);
        });
    }

    @Override
    public int escalateOverdue() {
        long now = clock().millis();
        return tx.required(() -> {
            List<ComplaintEntity> late = em.createQuery("SELECT c FROM ComplaintEntity c WHERE c.status IN :open "
                    + "AND ((c.status = :received AND c.acknowledgeBy < :now) OR c.resolveBy < :now)", ComplaintEntity.class)
                    .setParameter("open", List.of(Status.RECEIVED, Status.ACKNOWLEDGED, Status.UNDER_INVESTIGATION))
                    .setParameter("received", Status.RECEIVED).setParameter("now", now).getResultList();
            int escalated = 0;
            for (ComplaintEntity c : late) {
                boolean ackLate = c.status == Status.RECEIVED && c.acknowledgeBy < now;
                c.overdue = true;
                if (c.level == EscalationLevel.HEAD_OFFICE) {
                    continue; // nowhere higher to go; it stays overdue
                }
                raise(c, SYSTEM, ackLate ? "not acknowledged in time" : "not resolved in time");
                // the new level gets a deadline of the same length from now
                if (ackLate) {
                    c.acknowledgeBy = now + deadlines.acknowledge(c.severity).toMillis();
                }
                if (c.resolveBy < now) {
                    c.resolveBy = now + deadlines.resolve(c.severity).toMillis();
                }
                escalated++;
            }
            return escalated;
        });
    }

    @Override
    public long receivedOn(LocalDate day) {
        return tx.supports(() -> em.createQuery("SELECT COUNT(c) FROM ComplaintEntity c WHERE c.day = :d", Long.class)
                .setParameter("d", day).getSingleResult());
    }

    @Override
    public List<Complaint> ofCustomer(String customerId, int limit, Caller caller) {
        caller.require(STAFF, "reading a customer's complaints");
        if (!mayReadAll(caller)) {
            return List.of();
        }
        return tx.required(() -> em.createQuery("SELECT c FROM ComplaintEntity c WHERE c.customerId = :c ORDER BY c.id DESC",
                ComplaintEntity.class).setParameter("c", customerId).setMaxResults(limit).getResultList().stream()
                .map(c -> toRecord(c, caller)).toList());
    }

    @Override
    public ComplaintStats stats(Instant from, Instant to, Caller caller) {
        caller.require(STATS, "reading complaint statistics");
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("from", "give a period with from before to");
        }
        return tx.supports(() -> {
            List<ComplaintEntity> all = em.createQuery("SELECT c FROM ComplaintEntity c WHERE c.receivedAt >= :f AND c.receivedAt < :t",
                    ComplaintEntity.class).setParameter("f", from.toEpochMilli()).setParameter("t", to.toEpochMilli()).getResultList();
            List<Double> toAck = new ArrayList<>();
            List<Double> toResolve = new ArrayList<>();
            Map<String, Integer> perCustomer = new HashMap<>();
            for (ComplaintEntity c : all) {
                if (c.acknowledgedAt != null) {
                    toAck.add((c.acknowledgedAt - c.receivedAt) / 3_600_000.0);
                }
                if (c.resolvedAt != null) {
                    toResolve.add((c.resolvedAt - c.receivedAt) / 3_600_000.0);
                }
                if (c.customerId != null) {
                    perCustomer.merge(c.customerId, 1, Integer::sum);
                }
            }
            Map<String, Integer> repeat = new TreeMap<>();
            perCustomer.forEach((k, v) -> {
                if (v > 1) {
                    repeat.put(k, v);
                }
            });
            long overdue = all.stream().filter(c -> c.overdue).count();
            return new ComplaintStats(from, to, all.size(), count(all, c -> c.category, Category.class),
                    count(all, c -> c.channel, Channel.class), count(all, c -> c.severity, Severity.class),
                    count(all, c -> c.status, Status.class), all.isEmpty() ? 0 : (double) overdue / all.size(), Stats.mean(toAck),
                    Stats.percentile(toAck, 90), Stats.mean(toResolve), Stats.percentile(toResolve, 90), repeat);
        });
    }

    private static <E extends Enum<E>> Map<E, Integer> count(List<ComplaintEntity> all, Function<ComplaintEntity, E> key, Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        all.forEach(c -> counts.merge(key.apply(c), 1, Integer::sum));
        return counts;
    }

    private void move(ComplaintEntity c, Status next, String actor, String action, String note) {
        if (!c.status.allows(next)) {
            throw new ConflictException("status", "a complaint that is " + c.status + " cannot become " + next);
        }
        Status from = c.status;
        c.status = next;
        if (next == Status.ACKNOWLEDGED) {
            c.acknowledgedAt = clock().millis();
        }
        history(c, actor, action, from, next, note);
    }

    private void raise(ComplaintEntity c, String actor, String reason) {
        EscalationLevel from = c.level;
        c.level = c.level.next();
        history(c, actor, "ESCALATED", c.status, c.status, from + " -> " + c.level + ": " + reason);
    }

    private void history(ComplaintEntity c, String actor, String action, Status from, Status to, String note) {
        HistoryEntity h = new HistoryEntity();
        h.complaintId = c.id;
        h.at = clock().millis();
        h.actor = actor;
        h.action = action;
        h.from = from;
        h.to = to;
        h.note = note == null || note.length() <= 1000 ? note : note.substring(0, 1000);
        em.persist(h);
    }

    /** The complaint, if the caller may read it: a handling role or its assignee. */
    private ComplaintEntity readable(long id, Caller caller) {
        ComplaintEntity c = em.find(ComplaintEntity.class, id);
        if (c == null) {
            throw new NotFoundException("complaint", id);
        }
        if (!mayReadAll(caller) && !caller.username().equals(c.assignee)) {
            throw new ForbiddenException("complaints are for the staff who handle them");
        }
        return c;
    }

    private static boolean mayReadAll(Caller caller) {
        return HANDLERS.stream().anyMatch(caller::has);
    }

    /** Every read of a complaint about a customer is audited against that customer. */
    private Complaint toRecord(ComplaintEntity c, Caller caller) {
        if (c.customerId != null) {
            audit.record(caller, c.customerId, "COMPLAINT", c.reference);
        }
        List<HistoryEntry> history = em.createQuery("SELECT h FROM HistoryEntity h WHERE h.complaintId = :c ORDER BY h.id",
                HistoryEntity.class).setParameter("c", c.id).getResultList().stream()
                .map(h -> new HistoryEntry(Instant.ofEpochMilli(h.at), h.actor, h.action, h.from, h.to, h.note)).toList();
        return new Complaint(c.id, c.reference, c.customerId, c.contactName, c.contactPhone, c.channel, c.category, c.severity,
                c.description, c.desiredOutcome, c.status, c.level, c.assignee, c.receivedBy, Instant.ofEpochMilli(c.receivedAt),
                Instant.ofEpochMilli(c.acknowledgeBy), Instant.ofEpochMilli(c.resolveBy), instant(c.acknowledgedAt),
                instant(c.resolvedAt), instant(c.closedAt), c.overdue, c.resolution, c.remedy, c.satisfied, history);
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void validate(ComplaintInput in) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (in == null) {
            throw new InvalidInputException("body", "a complaint in JSON is required");
        }
        if (in.channel() == null) {
            errors.add(new InvalidInputException.FieldError("channel", "required"));
        }
        if (in.category() == null) {
            errors.add(new InvalidInputException.FieldError("category", "required"));
        }
        if (in.severity() == null) {
            errors.add(new InvalidInputException.FieldError("severity", "required"));
        }
        // each limit is its column's (ComplaintEntity), counted as the database counts
        TextRules.check(errors, "description", in.description(), true, 2000, true);
        TextRules.check(errors, "desiredOutcome", in.desiredOutcome(), false, 1000, true);
        TextRules.check(errors, "contactName", in.contactName(), false, 100, false);
        String phone = TextRules.check(errors, "contactPhone", in.contactPhone(), false, 20, false);
        if (phone != null && !CONTACT_PHONE.matcher(phone).matches()) {
            errors.add(new InvalidInputException.FieldError("contactPhone", "digits, spaces, '+' and '-' only"));
        }
        if (in.customerId() != null && !in.customerId().isBlank()) {
            TextRules.check(errors, "customerId", in.customerId(), false, 32, false);
        }
        if (blank(in.customerId()) == null && (blank(in.contactName()) == null || blank(in.contactPhone()) == null)) {
            errors.add(new InvalidInputException.FieldError("customerId",
                    "give the customer, or for an anonymous complaint a contactName and contactPhone"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
