package org.branchdesk.complaint.impl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.branchdesk.complaint.api.Complaint;
import org.branchdesk.complaint.api.Status;
import org.branchdesk.complaint.impl.internal.jpa.ComplaintEntity;
import org.branchdesk.complaint.impl.internal.jpa.ComplaintStore;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.TextRules;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Working a complaint through its lifecycle: moving it on, assigning, escalating by hand,
 * resolving, the customer's feedback. Who may is {@link ComplaintAccess}; what may happen is
 * {@link Lifecycle}; each step taken goes into the history in the same transaction, under the
 * complaint's row lock ({@link Reading#changeable}).
 */
final class Casework {

    private final TransactionControl tx;
    private final ComplaintStore store;
    private final Reading reading;
    private final StaffDirectory staff;
    private final LongSupplier now;

    Casework(TransactionControl tx, ComplaintStore store, Reading reading, StaffDirectory staff, LongSupplier now) {
        this.tx = tx;
        this.store = store;
        this.reading = reading;
        this.staff = staff;
        this.now = now;
    }

    Complaint transition(long id, Status next, String note, Caller caller) {
        caller.require(ComplaintAccess.STAFF, "working a complaint");
        Lifecycle.checkByHand(next);
        return tx.required(() -> {
            ComplaintEntity c = reading.changeable(id, caller);
            return record(c, caller, List.of(Lifecycle.byHand(c, next, note, now.getAsLong())));
        });
    }

    Complaint assign(long id, String assignee, Caller caller) {
        caller.require(ComplaintAccess.HANDLERS, "assigning a complaint");
        if (assignee == null || staff.find(assignee).filter(s -> s.active()).isEmpty()) {
            throw new InvalidInputException("assignee", "'" + assignee + "' is not an active member of staff");
        }
        return tx.required(() -> {
            ComplaintEntity c = reading.changeable(id, caller);
            return record(c, caller, List.of(Lifecycle.assign(c, assignee)));
        });
    }

    Complaint escalate(long id, String reason, Caller caller) {
        caller.require(ComplaintAccess.HANDLERS, "escalating a complaint");
        return tx.required(() -> {
            ComplaintEntity c = reading.changeable(id, caller);
            return record(c, caller, List.of(Lifecycle.escalateByHand(c, reason)));
        });
    }

    Complaint resolve(long id, String resolution, String remedy, Caller caller) {
        caller.require(ComplaintAccess.STAFF, "resolving a complaint");
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        TextRules.check(errors, "resolution", resolution, true, 2000, true);
        TextRules.check(errors, "remedy", remedy, false, 1000, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return tx.required(() -> {
            ComplaintEntity c = reading.changeable(id, caller);
            return record(c, caller, List.of(Lifecycle.resolve(c, resolution, remedy, now.getAsLong())));
        });
    }

    Complaint feedback(long id, boolean satisfied, boolean escalate, String comment, Caller caller) {
        caller.require(ComplaintAccess.STAFF, "recording a customer's feedback");
        return tx.required(() -> {
            ComplaintEntity c = reading.changeable(id, caller);
            return record(c, caller, Lifecycle.feedback(c, satisfied, escalate, comment, now.getAsLong()));
        });
    }

    /** Appends the steps to the history and returns the complaint as it now stands. */
    private Complaint record(ComplaintEntity c, Caller caller, List<Step> steps) {
        long at = now.getAsLong();
        steps.forEach(s -> store.append(c.id, at, caller.username(), s.action(), s.from(), s.to(), s.note()));
        return reading.toRecord(c, caller);
    }
}
