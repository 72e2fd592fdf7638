package org.branchdesk.counter.impl.internal;

import java.util.ArrayList;
import java.util.List;

import org.branchdesk.counter.api.AuthorityLevel;
import org.branchdesk.counter.api.RequestInput;
import org.branchdesk.counter.api.RequestStatus;
import org.branchdesk.counter.api.ServiceRequest;
import org.branchdesk.counter.impl.internal.jpa.ApprovalEntity;
import org.branchdesk.counter.impl.internal.jpa.RequestEntity;
import org.branchdesk.counter.impl.internal.jpa.RequestQueries;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.api.TextRules;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Changing and withdrawing a pending request, by id and version, under the request's row lock:
 * a change is a new version whose approvals start again (the earlier ones lapse), and the
 * changer may never approve it; a withdrawal is final.
 */
final class Changes {

    private final TransactionControl tx;
    private final RequestQueries queries;
    private final Inputs inputs;
    private final Reads reads;
    private final AuditLog audit;
    private final ModuleClock clock;

    Changes(TransactionControl tx, RequestQueries queries, Inputs inputs, Reads reads, AuditLog audit, ModuleClock clock) {
        this.tx = tx;
        this.queries = queries;
        this.inputs = inputs;
        this.reads = reads;
        this.audit = audit;
        this.clock = clock;
    }

    ServiceRequest change(long id, int version, RequestInput input, Caller caller) {
        RequestEntity before = TxScopes.required(tx, () -> reads.existing(id));
        RequestInput in = input == null ? null : new RequestInput(input.type() == null ? before.type : input.type(),
                input.customerId() == null ? before.customerId : input.customerId(), input.amount(), input.currency(), input.fields(),
                input.ticketId(), null, input.note());
        Inputs.Content c = inputs.check(in);
        List<FieldError> errors = new ArrayList<>();
        if (!c.type().equals(before.type)) {
            errors.add(new FieldError("type", "stays " + before.type + ": submit a new request for another type"));
        }
        if (!c.customerId().equals(before.customerId)) {
            errors.add(new FieldError("customerId", "stays the same: submit a new request for another customer"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TemporaryPorts.precheck(c.type(), c.customerId(), c.fields(), c.amount(), caller);
        ServiceRequest changed = TxScopes.required(tx, () -> {
            RequestEntity r = locked(id, version);
            RequestEntity other = queries.byPendingKey(c.contentKey());
            if (other != null && other.id != id) {
                throw new ConflictException("fields", "request " + other.id + " of the same content is pending");
            }
            long now = clock.now().toEpochMilli();
            List<ApprovalEntity> lapsed = queries.store().approvals(id, version);
            boolean none = c.requirement().level() == AuthorityLevel.NONE;
            r.version = version + 1;
            r.amount = c.amount();
            r.currency = c.currency();
            r.baseAmount = c.baseAmount();
            r.fields = FieldCodec.encode(c.fields());
            r.note = c.note();
            r.changedAt = now;
            r.level = c.requirement().level().name();
            r.approvalsNeeded = c.requirement().approvals();
            r.bandFrom = c.requirement().bandFrom();
            r.rule = c.requirement().rule();
            r.pendingKey = none ? null : c.contentKey();
            if (none) {
                r.status = RequestStatus.APPROVED.name();
                r.decidedBy = Module.CALLER.username();
                r.decidedAt = now;
            }
            queries.store().em().flush();
            if (!lapsed.isEmpty()) {
                queries.store().event(id, now, caller.username(), "APPROVALS_LAPSED", r.version, "approvals of v" + version + " by "
                        + lapsed.stream().map(a -> a.checker).toList() + " lapsed");
            }
            String detail = "request " + id + " v" + r.version + " " + r.type + (r.amount == null ? "" : " " + r.amount.toPlainString()
                    + " " + r.currency) + ", needs " + r.level + " x" + r.approvalsNeeded;
            queries.store().event(id, now, caller.username(), "CHANGED", r.version, detail);
            audit.record(caller, r.customerId, "COUNTER_CHANGE", detail + (lapsed.isEmpty() ? "" : ", " + lapsed.size() + " approval(s) lapsed"));
            return reads.view(r, caller);
        });
        if (changed.status() == RequestStatus.APPROVED) {
            TemporaryPorts.handOver(id);
            return reads.get(id, caller);
        }
        return changed;
    }

    ServiceRequest withdraw(long id, int version, String reason, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        String why = TextRules.check(errors, "reason", reason, false, 500, false);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return TxScopes.required(tx, () -> {
            RequestEntity r = locked(id, version);
            if (!r.maker.equals(caller.username()) && !caller.has(Role.CENTER_HEAD)) {
                throw new ForbiddenException("only its maker or the centre head withdraws request " + id);
            }
            long now = clock.now().toEpochMilli();
            queries.leavePending(id, version, RequestStatus.WITHDRAWN.name(), why, now);
            queries.store().event(id, now, caller.username(), "WITHDRAWN", version, why);
            audit.record(caller, r.customerId, "COUNTER_WITHDRAW", "request " + id + " v" + version + (why == null ? "" : ": " + why));
            return reads.view(queries.store().reload(id), caller);
        });
    }

    /** The request's row lock while it is pending at this version: 404, or 409 naming {@code version} or {@code status}. */
    private RequestEntity locked(long id, int version) {
        RequestEntity r = reads.existing(id);
        if (!queries.store().lockPending(id, version)) {
            r = queries.store().reload(id);
            if (!RequestStatus.PENDING.name().equals(r.status)) {
                throw new ConflictException("status", "request " + id + " is " + r.status + ": only a pending request changes");
            }
            throw new ConflictException("version", "request " + id + " is at version " + r.version + ", not " + version);
        }
        r = queries.store().reload(id);
        if (r.expiresAt <= clock.now().toEpochMilli()) {
            throw new ConflictException("status", "request " + id + " expired at the end of its business day");
        }
        return r;
    }
}
