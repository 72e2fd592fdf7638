package org.branchdesk.complaint.impl.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.branchdesk.complaint.impl.internal.jpa.ComplaintEntity;
import org.branchdesk.complaint.impl.internal.jpa.ComplaintStore;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * The work of the scheduled check: every complaint past a deadline, escalated by {@link EscalationRule} in one transaction,
 * each complaint's row locked and read again before its rule is applied, so that two checks at once (two runtimes) escalate
 * it once whatever the job's lease: the database decides, not the lease's timing.
 */
final class Escalation {

    /** The actor the history names for the scheduled check. */
    static final String SYSTEM = "system";

    private final TransactionControl tx;
    private final ComplaintStore store;
    private final EscalationRule rule;
    private final LongSupplier now;

    Escalation(TransactionControl tx, ComplaintStore store, EscalationRule rule, LongSupplier now) {
        this.tx = tx;
        this.store = store;
        this.rule = rule;
        this.now = now;
    }

    /** How many complaints went one level up. */
    int escalateOverdue() {
        long at = now.getAsLong();
        return tx.required(() -> {
            int escalated = 0;
            List<ComplaintEntity> late = new ArrayList<>(store.late(at));
            late.sort(Comparator.comparingLong(c -> c.id)); // locked in one order on every runtime: no deadlock between two checks
            for (ComplaintEntity c : late) {
                // locked and read again: a check on another runtime that escalated it meanwhile (its lease
                // lapsed under it, say) has committed by now, and the complaint is no longer late
                store.lockFresh(c);
                Optional<Step> step = rule.apply(c, at);
                if (step.isPresent()) {
                    Step s = step.get();
                    store.append(c.id, at, SYSTEM, s.action(), s.from(), s.to(), s.note());
                    escalated++;
                }
            }
            return escalated;
        });
    }
}
