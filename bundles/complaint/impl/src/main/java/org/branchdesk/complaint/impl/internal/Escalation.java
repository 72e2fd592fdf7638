package org.branchdesk.complaint.impl.internal;

import java.util.Optional;
import java.util.function.LongSupplier;

import org.branchdesk.complaint.impl.internal.jpa.ComplaintEntity;
import org.branchdesk.complaint.impl.internal.jpa.ComplaintStore;
import org.osgi.service.transaction.control.TransactionControl;

/** The work of the scheduled check: every complaint past a deadline, escalated by {@link EscalationRule} in one transaction. */
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
            for (ComplaintEntity c : store.late(at)) {
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
