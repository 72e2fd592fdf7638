package org.branchdesk.counter.impl.internal;

import java.util.List;

import org.branchdesk.counter.api.AuthorityLevel;
import org.branchdesk.counter.api.RequestStatus;
import org.branchdesk.counter.impl.internal.jpa.ApprovalEntity;
import org.branchdesk.counter.impl.internal.jpa.RequestEntity;
import org.branchdesk.counter.impl.internal.jpa.RequestStore;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;

/**
 * A checker's decision on one version of a request, inside the caller's transaction: the row lock
 * while it is pending at that version, the expiry, {@link FourEyes} on the locked row, then the
 * approval (its number and checker kept unique by the database) or the rejection.
 */
final class Decisions {

    static final int REASON_MAX = 500;

    private final RequestStore store;
    private final AuthorisationPolicy policy;
    private final AuditLog audit;
    private final ModuleClock clock;

    Decisions(RequestStore store, AuthorisationPolicy policy, AuditLog audit, ModuleClock clock) {
        this.store = store;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Approves; the request is APPROVED when this was its last approval. */
    RequestEntity approve(long id, int version, Caller caller) {
        RequestEntity r = locked(id, version, caller, "approve");
        List<ApprovalEntity> approvals = store.approvals(id, version);
        ApprovalEntity a = new ApprovalEntity();
        a.requestId = id;
        a.version = version;
        a.seq = approvals.size() + 1;
        a.checker = caller.username();
        a.at = clock.now().toEpochMilli();
        store.insert(a);
        store.event(id, a.at, caller.username(), "APPROVED", version, "approval " + a.seq + " of " + r.approvalsNeeded);
        if (a.seq >= r.approvalsNeeded) {
            r.status = RequestStatus.APPROVED.name();
            r.decidedBy = caller.username();
            r.decidedAt = a.at;
            r.pendingKey = null;
        }
        audit.record(caller, r.customerId, "COUNTER_APPROVE", "request " + id + " version " + version + " " + r.type + ": approval "
                + a.seq + " of " + r.approvalsNeeded + (a.seq >= r.approvalsNeeded ? ", approved" : ""));
        return r;
    }

    RequestEntity reject(long id, int version, String reason, Caller caller) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "a reason of 1 to " + REASON_MAX + " characters is required");
        }
        RequestEntity r = locked(id, version, caller, "reject");
        long now = clock.now().toEpochMilli();
        r.status = RequestStatus.REJECTED.name();
        r.decidedBy = caller.username();
        r.decidedAt = now;
        r.reason = text;
        r.pendingKey = null;
        store.event(id, now, caller.username(), "REJECTED", version, text);
        audit.record(caller, r.customerId, "COUNTER_REJECT", "request " + id + " version " + version + " " + r.type + " rejected");
        return r;
    }

    /** The row, locked while pending at this version and unexpired, the caller eligible per FourEyes. */
    private RequestEntity locked(long id, int version, Caller caller, String what) {
        if (!store.lockPending(id, version)) {
            RequestEntity r = store.reload(id);
            if (r == null) {
                throw new NotFoundException("counter request", id);
            }
            if (!RequestStatus.PENDING.name().equals(r.status)) {
                throw new ConflictException("status", "the request is " + r.status + ", no longer pending");
            }
            throw new ConflictException("version", "the request changed: it is at version " + r.version + " (earlier approvals lapsed)");
        }
        RequestEntity r = store.reload(id);
        if (r.expiresAt <= clock.now().toEpochMilli()) {
            throw new ConflictException("status", "the request expired at the end of its business day");
        }
        FourEyes.Case c = new FourEyes.Case(r.maker, store.editors(id),
                store.approvals(id, version).stream().map(x -> x.checker).toList(), AuthorityLevel.valueOf(r.level), r.baseAmount);
        String refusal = FourEyes.refusal(c, caller.username(), caller.roles(), policy::limit);
        if (refusal != null) {
            audit.record(caller, r.customerId, "COUNTER_REFUSED", "request " + id + " version " + version + ": may not " + what);
            throw new ForbiddenException(refusal);
        }
        return r;
    }
}
