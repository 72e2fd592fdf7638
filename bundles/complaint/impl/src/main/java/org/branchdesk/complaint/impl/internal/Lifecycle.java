package org.branchdesk.complaint.impl.internal;

import java.util.ArrayList;
import java.util.List;

import org.branchdesk.complaint.api.EscalationLevel;
import org.branchdesk.complaint.api.Status;
import org.branchdesk.complaint.impl.internal.jpa.ComplaintEntity;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;

/**
 * The complaint's state machine, without storage: each rule changes the complaint it is given
 * and returns the steps for its history, or refuses and changes nothing. The allowed moves are
 * {@link Status#allows}; RESOLVED is reached only by resolving and CLOSED only by the customer's
 * feedback. Times are epoch milliseconds, given by the caller.
 */
final class Lifecycle {

    private Lifecycle() {
    }

    /** A status asked for by hand: RESOLVED and CLOSED are refused, they have their own steps. */
    static void checkByHand(Status next) {
        if (next == null) {
            throw new InvalidInputException("status", "required");
        }
        if (next == Status.RESOLVED || next == Status.CLOSED) {
            throw new InvalidInputException("status", next + " is reached by resolving and by the customer's feedback");
        }
    }

    /** Moves the complaint on by hand (acknowledging, investigating). */
    static Step byHand(ComplaintEntity c, Status next, String note, long now) {
        checkByHand(next);
        return move(c, next, next.name(), note, now);
    }

    /** Resolves an investigated complaint; the customer's response is awaited afresh. */
    static Step resolve(ComplaintEntity c, String resolution, String remedy, long now) {
        Step step = move(c, Status.RESOLVED, "RESOLVED", resolution, now);
        c.resolution = resolution.trim();
        c.remedy = remedy == null || remedy.isBlank() ? null : remedy.trim();
        c.resolvedAt = now;
        c.satisfied = null;
        return step;
    }

    /** The customer's response to a resolution: satisfied closes; unsatisfied reopens, and escalates when asked. */
    static List<Step> feedback(ComplaintEntity c, boolean satisfied, boolean escalate, String comment, long now) {
        if (c.status != Status.RESOLVED) {
            throw new ConflictException("status", "feedback is for a RESOLVED complaint; this one is " + c.status);
        }
        List<Step> steps = new ArrayList<>();
        c.satisfied = satisfied;
        if (satisfied) {
            steps.add(move(c, Status.CLOSED, "CLOSED", comment, now));
            c.closedAt = now;
        } else {
            steps.add(move(c, Status.UNDER_INVESTIGATION, "REOPENED", comment, now));
            c.resolvedAt = null;
            if (escalate && c.level != EscalationLevel.HEAD_OFFICE) {
                steps.add(raise(c, "the customer is not satisfied"));
            }
        }
        return steps;
    }

    /** Escalation by hand, one level up: only an open complaint below head office. */
    static Step escalateByHand(ComplaintEntity c, String reason) {
        if (!c.status.open() || c.level == EscalationLevel.HEAD_OFFICE) {
            throw new ConflictException("level", "complaint " + c.reference + " cannot be escalated further");
        }
        return raise(c, reason == null ? "escalated by hand" : reason);
    }

    /** Gives the complaint to a member of staff; the status stays. */
    static Step assign(ComplaintEntity c, String assignee) {
        c.assignee = assignee;
        return new Step("ASSIGNED", c.status, c.status, "to " + assignee);
    }

    /** One level up (head office stays head office); the status stays. */
    static Step raise(ComplaintEntity c, String reason) {
        EscalationLevel from = c.level;
        c.level = c.level.next();
        return new Step("ESCALATED", c.status, c.status, from + " -> " + c.level + ": " + reason);
    }

    private static Step move(ComplaintEntity c, Status next, String action, String note, long now) {
        if (!c.status.allows(next)) {
            throw new ConflictException("status", "a complaint that is " + c.status + " cannot become " + next);
        }
        Status from = c.status;
        c.status = next;
        if (next == Status.ACKNOWLEDGED) {
            c.acknowledgedAt = now;
        }
        return new Step(action, from, next, note);
    }
}
