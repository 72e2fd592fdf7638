package org.branchdesk.relationship.impl.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.InteractionInput;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.relationship.impl.internal.HandoverRule.Checked;
import org.branchdesk.relationship.impl.internal.HandoverRule.Step;
import org.branchdesk.relationship.impl.internal.jpa.HandoverEntity;
import org.branchdesk.relationship.impl.internal.jpa.HandoverEntity.Status;
import org.branchdesk.relationship.impl.internal.jpa.HandoverStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * Handovers (交接) between customer managers: one per change of manager, opened from the change's
 * event or by the catch-up over {@link AssignmentService#changesAfter}, completed by the new
 * manager's oral notice, written notice and first direct contact, and raised to the centre head
 * once when overdue. Every invariant is the database's: the UNIQUE assignment number (one
 * handover per change, however many runtimes see it) and conditional updates (a step recorded
 * once, an escalation made once).
 */
@Designate(ocd = RelationshipConfig.class)
@Component(service = Handovers.class, configurationPid = RelationshipConfigCheck.PID)
public final class Handovers {

    private static final int LIST_MAX = 500;

    private final TransactionControl tx;
    private final HandoverStore store;
    private final AssignmentService assignments;
    private final InteractionLog interactions;
    private final ModuleClock clock;
    private final HandoverRule rule;
    private final HandoverOpening opening;

    @Activate
    public Handovers(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.relationship)") JPAEntityManagerProvider provider,
            @Reference AssignmentService assignments, @Reference InteractionLog interactions, @Reference ModuleClock clock,
            RelationshipConfig config) {
        RelationshipConfigCheck.require(config);
        this.tx = tx;
        this.store = new HandoverStore(provider.getResource(tx));
        this.assignments = assignments;
        this.interactions = interactions;
        this.clock = clock;
        this.rule = new HandoverRule(config.handoverDays());
        this.opening = new HandoverOpening(tx, store, assignments, clock, rule, Duration.ofDays(config.handoverDays()));
    }

    /** Opens the handover of a change of manager, once; see {@link HandoverOpening#open}. */
    boolean open(long assignmentId, String customerId, String manager, String previousManager, String reason, Instant at) {
        return opening.open(assignmentId, customerId, manager, previousManager, reason, at);
    }

    /** Opens the handovers of the changes of manager not seen yet; see {@link HandoverOpening#catchUp}. */
    int catchUp() {
        return opening.catchUp();
    }

    /** Raises every open handover past its deadline to the centre head, once each: those this call raised. */
    List<Handover> escalateOverdue() {
        long now = clock.now().toEpochMilli();
        return tx.required(() -> {
            List<Handover> raised = new ArrayList<>();
            for (HandoverEntity h : store.overdueNotEscalated(now)) {
                if (store.escalate(h.id, now)) {
                    h.escalatedAt = now;
                    raised.add(toRecord(h, now));
                }
            }
            return raised;
        });
    }

    /**
     * Handovers, newest first: of one manager (as successor or predecessor), or for the centre
     * head of every manager; a customer manager who names nobody gets their own. {@code status}
     * is OPEN, COMPLETE, SUPERSEDED or OVERDUE (open and past the deadline), or null for all.
     */
    List<Handover> list(String manager, String status, Caller caller) {
        String who = manager == null || manager.isBlank() ? null : manager.trim();
        if (who == null && !caller.has(Role.CENTER_HEAD)) {
            who = caller.username();
        }
        if (who == null) {
            caller.require(RelationshipAccess.LEAD, "every manager's handovers");
        } else {
            RelationshipAccess.requireBook(caller, who);
        }
        Status s = null;
        boolean overdue = false;
        if (status != null && !status.isBlank()) {
            String name = status.trim().toUpperCase(Locale.ROOT);
            if (name.equals("OVERDUE")) {
                s = Status.OPEN;
                overdue = true;
            } else {
                try {
                    s = Status.valueOf(name);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("status", "'" + status + "' is not one of [OPEN, OVERDUE, COMPLETE, SUPERSEDED]");
                }
            }
        }
        long now = clock.now().toEpochMilli();
        String m = who;
        Status st = s;
        Long overdueAt = overdue ? now : null;
        return tx.supports(() -> store.list(m, st, overdueAt, LIST_MAX).stream().map(h -> toRecord(h, now)).toList());
    }

    /** One handover: for its successor, its predecessor and the centre head. */
    Handover get(long id, Caller caller) {
        caller.require(RelationshipAccess.WORK, "relationship maintenance");
        long now = clock.now().toEpochMilli();
        HandoverEntity h = tx.supports(() -> store.find(id));
        if (h == null) {
            throw new NotFoundException("handover", id);
        }
        if (!caller.has(Role.CENTER_HEAD) && !caller.username().equals(h.successor) && !caller.username().equals(h.predecessor)) {
            throw new ForbiddenException("a customer manager sees only the handovers of their own customers");
        }
        return toRecord(h, now);
    }

    /**
     * The successor records one step (also in the customer's interaction log, as theirs); the
     * third completes the handover. 400 naming the field for bad input, 403 for anyone but the
     * successor, 409 (field {@code step}) for a step already recorded or a handover no longer open.
     */
    Handover record(long id, Step step, Instant at, String how, String note, Caller caller) {
        caller.require(Set.of(Role.CUSTOMER_MANAGER), "recording a handover");
        Instant now = clock.now();
        HandoverEntity h = tx.supports(() -> store.find(id));
        if (h == null) {
            throw new NotFoundException("handover", id);
        }
        if (!caller.username().equals(h.successor)) {
            throw new ForbiddenException("only the customer's new manager records their handover");
        }
        if (h.status != Status.OPEN) {
            throw new ConflictException("step", "the handover is " + h.status.name().toLowerCase(Locale.ROOT) + ": nothing more to record");
        }
        Checked in = HandoverRule.check(step, at, how, note, Instant.ofEpochMilli(h.openedAt), now);
        String[] columns = switch (step) {
        case ORAL_NOTICE -> new String[] { "oralAt", "oralHow", "oralNote" };
        case WRITTEN_NOTICE -> new String[] { "writtenAt", "writtenHow", "writtenNote" };
        case FIRST_CONTACT -> new String[] { "contactAt", "contactChannel", "contactNote" };
        };
        long nowMillis = now.toEpochMilli();
        HandoverEntity after = tx.required(() -> {
            if (!store.recordStep(id, columns[0], in.at().toEpochMilli(), columns[1], in.how(), columns[2], in.note())) {
                throw new ConflictException("step", step.path + " is recorded already, or the handover is no longer open");
            }
            if (in.channel() != null) {
                // the same transaction: if the log refuses, the step is not recorded either
                interactions.record(h.customerId, new InteractionInput(in.channel(), at, step.purpose, null, in.note()), Module.NAME, caller);
            }
            store.completeIfDone(id, nowMillis);
            return store.find(id);
        });
        return toRecord(after, nowMillis);
    }

    /** The customer's open handover, for the view; null when there is none. */
    Handover openFor(String customerId) {
        long now = clock.now().toEpochMilli();
        HandoverEntity h = tx.supports(() -> store.openFor(customerId));
        return h == null ? null : toRecord(h, now);
    }

    /** The successor's open handovers, earliest deadline first. */
    List<Handover> openOf(String successor) {
        long now = clock.now().toEpochMilli();
        return tx.supports(() -> store.openOf(successor).stream().map(h -> toRecord(h, now)).toList());
    }

    /** Open handovers raised to the centre head. */
    List<Handover> escalatedOpen() {
        long now = clock.now().toEpochMilli();
        return tx.supports(() -> store.escalatedOpen().stream().map(h -> toRecord(h, now)).toList());
    }

    /** Open handovers of every manager, for the loads. */
    List<Handover> allOpen() {
        long now = clock.now().toEpochMilli();
        return tx.supports(() -> store.list(null, Status.OPEN, null, Integer.MAX_VALUE).stream().map(h -> toRecord(h, now)).toList());
    }

    static Handover toRecord(HandoverEntity h, long now) {
        Instant oral = instant(h.oralAt), written = instant(h.writtenAt), contact = instant(h.contactAt);
        Instant deadline = Instant.ofEpochMilli(h.deadline);
        return new Handover(h.id, h.assignmentId, h.customerId, h.predecessor, h.successor, h.reason, Instant.ofEpochMilli(h.openedAt),
                deadline, h.status.name(), HandoverRule.overdue(h.status == Status.OPEN, deadline, Instant.ofEpochMilli(now)),
                instant(h.escalatedAt), step(oral, h.oralHow, h.oralNote), step(written, h.writtenHow, h.writtenNote),
                step(contact, h.contactChannel, h.contactNote), h.status == Status.OPEN ? HandoverRule.missing(oral, written, contact) : List.of(),
                instant(h.completedAt), instant(h.supersededAt));
    }

    private static Handover.Step step(Instant at, String how, String note) {
        return at == null ? null : new Handover.Step(at, how, note);
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
