package org.branchdesk.relationship.impl.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.relationship.impl.internal.jpa.HandoverEntity;
import org.branchdesk.relationship.impl.internal.jpa.HandoverEntity.Status;
import org.branchdesk.relationship.impl.internal.jpa.HandoverStore;
import org.osgi.service.transaction.control.ScopedWorkException;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Opening handovers: from a change's event, or by the catch-up over
 * {@link AssignmentService#changesAfter} that finds what an event missed. The UNIQUE assignment
 * number makes both ways, and several runtimes, open each handover once.
 */
final class HandoverOpening {

    /** The cursor of the catch-up over the changes of manager. */
    static final String CURSOR = "assignment-changes";
    private static final int PAGE = 200;
    /** SQLSTATE of a unique or primary key violation, the same on Derby and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final TransactionControl tx;
    private final HandoverStore store;
    private final AssignmentService assignments;
    private final ModuleClock clock;
    private final HandoverRule rule;
    private final Duration handoverPeriod;

    HandoverOpening(TransactionControl tx, HandoverStore store, AssignmentService assignments, ModuleClock clock, HandoverRule rule,
            Duration handoverPeriod) {
        this.tx = tx;
        this.store = store;
        this.assignments = assignments;
        this.clock = clock;
        this.rule = rule;
        this.handoverPeriod = handoverPeriod;
    }

    /**
     * Opens the handover of a change of manager, once: false for a first manager, or when it was
     * opened already (here or by another runtime). The earlier open handover of the customer is
     * closed as superseded; a change older than the customer's latest handover opens one
     * superseded at once (the catch-up may see changes after their events).
     */
    boolean open(long assignmentId, String customerId, String manager, String previousManager, String reason, Instant at) {
        if (previousManager == null || customerId == null || manager == null || at == null) {
            return false;
        }
        long now = clock.now().toEpochMilli();
        try {
            return tx.requiresNew(() -> {
                if (store.exists(assignmentId)) {
                    return false; // the usual case for the catch-up: the event opened it
                }
                HandoverEntity h = new HandoverEntity();
                h.assignmentId = assignmentId;
                h.customerId = customerId;
                h.predecessor = previousManager;
                h.successor = manager;
                h.reason = reason;
                h.openedAt = at.toEpochMilli();
                h.deadline = rule.deadline(at).toEpochMilli();
                boolean later = store.laterExists(customerId, assignmentId);
                h.status = later ? Status.SUPERSEDED : Status.OPEN;
                if (later) {
                    h.supersededAt = now;
                }
                store.add(h);
                if (!later) {
                    store.supersede(customerId, assignmentId, now);
                }
                return true;
            });
        } catch (RuntimeException e) {
            if (duplicateKey(e)) {
                return false; // opened already: by the event, the catch-up or another runtime
            }
            throw e instanceof ScopedWorkException s && s.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Opens the handovers of every change of manager after the cursor, oldest first, and moves
     * the cursor past them; how many were opened. The first sweep of a database starts from the
     * beginning but skips changes whose handover period had already ended: history from before the
     * module was installed.
     */
    int catchUp() {
        Long stored = tx.required(() -> store.cursor(CURSOR));
        boolean first = stored == null;
        if (first) {
            createCursor();
        }
        long cursor = first ? 0 : stored;
        Instant historyBefore = first ? clock.now().minus(handoverPeriod) : Instant.MIN;
        int opened = 0;
        while (true) {
            List<Assignment> changes = assignments.changesAfter(cursor, PAGE, Module.CALLER);
            for (Assignment a : changes) {
                if (!a.from().isBefore(historyBefore)
                        && open(a.id(), a.customerId(), a.manager(), a.previousManager(), a.reason() == null ? null : a.reason().name(), a.from())) {
                    opened++;
                }
                cursor = Math.max(cursor, a.id());
            }
            long last = cursor;
            tx.required(() -> {
                store.advanceCursor(CURSOR, last);
                return null;
            });
            if (changes.size() < PAGE) {
                return opened;
            }
        }
    }

    private void createCursor() {
        try {
            tx.requiresNew(() -> {
                store.createCursor(CURSOR, 0);
                return null;
            });
        } catch (RuntimeException e) {
            if (!duplicateKey(e)) {
                throw e;
            }
        }
    }

    /** Whether the failure, or one of its causes, is a unique-key violation (Derby and PostgreSQL: 23505). */
    static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
