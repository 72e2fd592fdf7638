package org.branchdesk.complaint.impl.internal;

import java.time.Instant;
import java.util.List;

import org.branchdesk.complaint.api.Complaint;
import org.branchdesk.complaint.api.HistoryEntry;
import org.branchdesk.complaint.api.Status;
import org.branchdesk.complaint.impl.internal.jpa.ComplaintEntity;
import org.branchdesk.complaint.impl.internal.jpa.ComplaintStore;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Reading complaints: who may read which ({@link ComplaintAccess}), and the record each read
 * hands out, audited against the customer it is about. The other services read through here.
 */
final class Reading {

    /** The most complaints one list returns. */
    private static final int LIST_LIMIT = 500;

    private final TransactionControl tx;
    private final ComplaintStore store;
    private final AuditLog audit;

    Reading(TransactionControl tx, ComplaintStore store, AuditLog audit) {
        this.tx = tx;
        this.store = store;
        this.audit = audit;
    }

    Complaint get(long id, Caller caller) {
        caller.require(ComplaintAccess.STAFF, "reading a complaint");
        return tx.required(() -> toRecord(readable(id, caller), caller));
    }

    List<Complaint> list(boolean all, Status status, Caller caller) {
        caller.require(ComplaintAccess.STAFF, "listing complaints");
        if (all) {
            ComplaintAccess.requireListAll(caller);
        }
        return tx.required(() -> (all ? store.all(status, LIST_LIMIT) : store.openAssignedTo(caller.username(), LIST_LIMIT)).stream()
                .map(c -> toRecord(c, caller)).toList());
    }

    /** A customer's complaints, for the handling roles only; anyone else of the staff gets none. */
    List<Complaint> ofCustomer(String customerId, int limit, Caller caller) {
        caller.require(ComplaintAccess.STAFF, "reading a customer's complaints");
        if (!ComplaintAccess.readsAll(caller)) {
            return List.of();
        }
        return tx.required(() -> store.ofCustomer(customerId, limit).stream().map(c -> toRecord(c, caller)).toList());
    }

    /** The complaint, if the caller may read it: a handling role or its assignee. Runs in the caller's transaction. */
    ComplaintEntity readable(long id, Caller caller) {
        ComplaintEntity c = store.find(id);
        if (c == null) {
            throw new NotFoundException("complaint", id);
        }
        ComplaintAccess.requireReadable(caller, c.assignee);
        return c;
    }

    /**
     * The complaint to change, its row locked until the transaction ends and read as it is now:
     * two changes of one complaint at once (two threads, two runtimes) apply one after the other,
     * the second to what the first left, so the lifecycle refuses what no longer fits. Access is
     * checked again on what was read under the lock (the assignee may have changed).
     */
    ComplaintEntity changeable(long id, Caller caller) {
        ComplaintEntity c = readable(id, caller);
        store.lockFresh(c);
        ComplaintAccess.requireReadable(caller, c.assignee);
        return c;
    }

    /** Every read of a complaint about a customer is audited against that customer. Runs in the caller's transaction. */
    Complaint toRecord(ComplaintEntity c, Caller caller) {
        if (c.customerId != null) {
            audit.record(caller, c.customerId, "COMPLAINT", c.reference);
        }
        List<HistoryEntry> history = store.history(c.id).stream()
                .map(h -> new HistoryEntry(Instant.ofEpochMilli(h.at), h.actor, h.action, h.from, h.to, h.note)).toList();
        return new Complaint(c.id, c.reference, c.customerId, c.contactName, c.contactPhone, c.channel, c.category, c.severity,
                c.description, c.desiredOutcome, c.status, c.level, c.assignee, c.receivedBy, Instant.ofEpochMilli(c.receivedAt),
                Instant.ofEpochMilli(c.acknowledgeBy), Instant.ofEpochMilli(c.resolveBy), instant(c.acknowledgedAt),
                instant(c.resolvedAt), instant(c.closedAt), c.overdue, c.resolution, c.remedy, c.satisfied, history);
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
