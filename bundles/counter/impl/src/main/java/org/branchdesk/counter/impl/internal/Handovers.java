package org.branchdesk.counter.impl.internal;

import java.util.List;

import org.branchdesk.counter.api.AuthorisedRequest;
import org.branchdesk.counter.api.CoreBanking;
import org.branchdesk.counter.api.Handover;
import org.branchdesk.counter.api.RequestStatus;
import org.branchdesk.counter.impl.internal.jpa.ApprovalEntity;
import org.branchdesk.counter.impl.internal.jpa.HandoverClaimEntity;
import org.branchdesk.counter.impl.internal.jpa.RequestEntity;
import org.branchdesk.counter.impl.internal.jpa.RequestStore;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands approved requests to core banking, once each. {@link #handOver} claims the request in its
 * own transaction (a claim row inserted under the request's row lock while it is APPROVED), applies
 * its effects in Branchdesk, calls the highest-ranked {@link CoreBanking} outside any transaction
 * of the module, and records the outcome: COMPLETED with core banking's reference, TO_BE_KEYED
 * (the shipped default), or the failure (the request stays APPROVED with the failure as its
 * reason, to be handed over again with {@link #retry}).
 */
@Component(service = Handovers.class)
public final class Handovers {

    private static final Logger LOG = LoggerFactory.getLogger(Handovers.class);
    /** A claim this old is of a runtime that stopped while calling core banking: another may take it over. */
    static final long STALE_CLAIM_MILLIS = 10 * 60 * 1000L;
    static final int REFERENCE_MAX = 64;

    private final TransactionControl tx;
    private final RequestStore store;
    private final CounterEffects effects;
    private final AuditLog audit;
    private final ModuleClock clock;

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile CoreBanking core;

    @Activate
    public Handovers(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.counter)") JPAEntityManagerProvider provider, @Reference CounterEffects effects,
            @Reference AuditLog audit, @Reference ModuleClock clock) {
        this.tx = tx;
        this.store = new RequestStore(provider.getResource(tx));
        this.effects = effects;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Hands the request over if it is APPROVED and no runtime is handing it over: call after the
     * transaction of its last approval has committed. Never throws for core banking's failure (it
     * is recorded); returns whether this call handed it over (true also when core banking failed).
     */
    public boolean handOver(long id) {
        AuthorisedRequest request = TxScopes.required(tx, () -> claim(id));
        if (request == null) {
            return false;
        }
        Handover answer;
        try {
            RequestEntity approved = TxScopes.required(tx, () -> store.find(id));
            effects.apply(approved);
            CoreBanking c = core;
            if (c == null) {
                throw new IllegalStateException("no core banking service is registered");
            }
            answer = c.handOver(request);
            if (answer == null) {
                throw new IllegalStateException("core banking gave no answer");
            }
        } catch (RuntimeException e) {
            String reason = reason(e);
            LOG.warn("Hand-over of counter request {} failed: {}", id, reason);
            TxScopes.required(tx, () -> failed(id, reason));
            return true;
        }
        Handover done = answer;
        TxScopes.required(tx, () -> handedOver(id, done));
        return true;
    }

    /**
     * Records core banking's reference for a request handed over as to be keyed: it is COMPLETED.
     * By its maker or a checker of it.
     */
    public RequestEntity confirm(long id, String coreReference, Caller caller) {
        caller.require(HandoverAccess.CONFIRM, "confirming a request keyed into core banking");
        String ref = reference(coreReference);
        return TxScopes.required(tx, () -> {
            if (!store.lock(id)) {
                throw new NotFoundException("counter request", id);
            }
            RequestEntity r = store.reload(id);
            List<ApprovalEntity> approvals = store.approvals(id, r.version);
            if (!r.maker.equals(caller.username()) && approvals.stream().noneMatch(a -> a.checker.equals(caller.username()))) {
                throw new ForbiddenException("only the maker or a checker of request " + id + " confirms it");
            }
            if (!RequestStatus.TO_BE_KEYED.name().equals(r.status)) {
                throw new ConflictException("status", "request " + id + " is " + r.status + "; only a request TO_BE_KEYED is confirmed");
            }
            long now = clock.now().toEpochMilli();
            r.status = RequestStatus.COMPLETED.name();
            r.coreReference = ref;
            r.completedAt = now;
            store.event(id, now, caller.username(), "CONFIRMED", r.version, "core reference " + ref);
            audit.record(caller, r.customerId, "COUNTER_CONFIRM", "request " + id + " v" + r.version + " keyed as " + ref);
            return r;
        });
    }

    /** Hands an APPROVED request over again (after core banking failed to take it). */
    public RequestEntity retry(long id, Caller caller) {
        caller.require(HandoverAccess.RETRY, "handing a request over to core banking again");
        TxScopes.required(tx, () -> {
            RequestEntity r = store.reload(id);
            if (r == null) {
                throw new NotFoundException("counter request", id);
            }
            if (!RequestStatus.APPROVED.name().equals(r.status)) {
                throw new ConflictException("status", "request " + id + " is " + r.status + "; only an APPROVED request is handed over again");
            }
            audit.record(caller, r.customerId, "COUNTER_HANDOVER", "request " + id + " v" + r.version + " handed over again");
            return r;
        });
        if (!handOver(id)) {
            throw new ConflictException("status", "request " + id + " is being handed over already");
        }
        return TxScopes.required(tx, () -> store.reload(id));
    }

    private AuthorisedRequest claim(long id) {
        if (!store.lock(id)) {
            return null;
        }
        RequestEntity r = store.reload(id);
        if (!RequestStatus.APPROVED.name().equals(r.status)) {
            return null;
        }
        long now = clock.now().toEpochMilli();
        HandoverClaimEntity claim = store.em().find(HandoverClaimEntity.class, id);
        if (claim != null) {
            store.em().refresh(claim);
            if (now - claim.claimedAt < STALE_CLAIM_MILLIS) {
                return null;
            }
            claim.claimedAt = now;
        } else {
            claim = new HandoverClaimEntity();
            claim.requestId = id;
            claim.claimedAt = now;
            store.em().persist(claim);
        }
        store.em().flush();
        return RequestRecords.authorised(r, store.approvals(id, r.version));
    }

    private Object handedOver(long id, Handover answer) {
        store.lock(id);
        RequestEntity r = store.reload(id);
        long now = clock.now().toEpochMilli();
        String ref = answer.coreReference() == null || answer.coreReference().isBlank() ? null : answer.coreReference().strip();
        if (ref != null && ref.length() > REFERENCE_MAX) {
            ref = ref.substring(0, REFERENCE_MAX);
        }
        r.status = (ref == null ? RequestStatus.TO_BE_KEYED : RequestStatus.COMPLETED).name();
        r.coreReference = ref;
        r.completedAt = ref == null ? null : now;
        r.reason = null;
        release(id);
        String detail = ref == null ? "to be keyed" + (answer.note() == null ? "" : ": " + answer.note()) : "core reference " + ref;
        store.event(id, now, Module.CALLER.username(), "HANDED_OVER", r.version, detail);
        audit.record(Module.CALLER, r.customerId, "COUNTER_HANDOVER", "request " + id + " v" + r.version + " " + detail);
        return null;
    }

    private Object failed(long id, String reason) {
        store.lock(id);
        RequestEntity r = store.reload(id);
        long now = clock.now().toEpochMilli();
        r.reason = reason;
        release(id);
        store.event(id, now, Module.CALLER.username(), "HANDOVER_FAILED", r.version, reason);
        audit.record(Module.CALLER, r.customerId, "COUNTER_HANDOVER", "request " + id + " v" + r.version + " failed: " + reason);
        return null;
    }

    private void release(long id) {
        HandoverClaimEntity claim = store.em().find(HandoverClaimEntity.class, id);
        if (claim != null) {
            store.em().remove(claim);
        }
    }

    /** The failure as staff read it: its message, never a class name. */
    static String reason(Throwable e) {
        // the deepest message: a wrapper's default message is its cause's class name and message
        String m = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                m = t.getMessage().strip();
            }
        }
        m = m == null ? "core banking refused the request" : m;
        return "hand-over failed: " + (m.length() > 900 ? m.substring(0, 900) : m);
    }

    static String reference(String coreReference) {
        String ref = coreReference == null ? "" : coreReference.strip();
        if (ref.isEmpty() || ref.length() > REFERENCE_MAX) {
            throw new InvalidInputException("coreReference", "1 to " + REFERENCE_MAX + " characters");
        }
        if (ref.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("coreReference", "printable characters only");
        }
        return ref;
    }

    /** Roles of the hand-over's steps, beside {@link CounterAccess}: makers and checkers. */
    static final class HandoverAccess {
        static final java.util.Set<Role> CONFIRM = union();
        static final java.util.Set<Role> RETRY = union();

        private static java.util.Set<Role> union() {
            java.util.Set<Role> roles = new java.util.HashSet<>(CounterAccess.MAKE);
            roles.addAll(CounterAccess.CHECK);
            return java.util.Set.copyOf(roles);
        }
    }
}
