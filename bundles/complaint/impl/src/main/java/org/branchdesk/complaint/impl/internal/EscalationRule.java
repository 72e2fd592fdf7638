package org.branchdesk.complaint.impl.internal;

import java.util.Optional;

import org.branchdesk.complaint.api.EscalationLevel;
import org.branchdesk.complaint.api.Status;
import org.branchdesk.complaint.impl.internal.jpa.ComplaintEntity;

/**
 * What the scheduled check does to a complaint past a deadline: it is marked overdue for good,
 * raised one level, and each deadline it missed starts again from now with its full length, so
 * that the new level has as long as the first had. At head office it stays overdue where it is.
 */
final class EscalationRule {

    private final Deadlines deadlines;

    EscalationRule(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * Whether the complaint is past a deadline at {@code now}: open, and not acknowledged by its
     * acknowledgement deadline or not resolved by its resolution deadline. The store's
     * {@code late} query says the same in JPQL.
     */
    static boolean late(ComplaintEntity c, long now) {
        return c.status.open() && ((c.status == Status.RECEIVED && c.acknowledgeBy < now) || c.resolveBy < now);
    }

    /** Applies the rule at {@code now}; the escalation step, or empty when the complaint is not late or cannot go higher. */
    Optional<Step> apply(ComplaintEntity c, long now) {
        if (!late(c, now)) {
            return Optional.empty();
        }
        boolean acknowledgementLate = c.status == Status.RECEIVED && c.acknowledgeBy < now;
        c.overdue = true;
        if (c.level == EscalationLevel.HEAD_OFFICE) {
            return Optional.empty(); // nowhere higher to go; it stays overdue
        }
        Step step = Lifecycle.raise(c, acknowledgementLate ? "not acknowledged in time" : "not resolved in time");
        if (acknowledgementLate) {
            c.acknowledgeBy = deadlines.acknowledgeBy(c.severity, now);
        }
        if (c.resolveBy < now) {
            c.resolveBy = deadlines.resolveBy(c.severity, now);
        }
        return Optional.of(step);
    }
}
