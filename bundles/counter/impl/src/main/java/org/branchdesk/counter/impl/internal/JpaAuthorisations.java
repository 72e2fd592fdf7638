package org.branchdesk.counter.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.branchdesk.counter.api.AuthorityGap;
import org.branchdesk.counter.api.AuthorityLevel;
import org.branchdesk.counter.api.Authorisations;
import org.branchdesk.counter.api.Requirement;
import org.branchdesk.counter.api.RequestStatus;
import org.branchdesk.counter.api.ServiceRequest;
import org.branchdesk.counter.impl.internal.jpa.ApprovalEntity;
import org.branchdesk.counter.impl.internal.jpa.InboxQueries;
import org.branchdesk.counter.impl.internal.jpa.RequestEntity;
import org.branchdesk.counter.impl.internal.jpa.RequestStore;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * The checker's side: the inbox, approving and rejecting ({@link Decisions}, deciding with
 * {@link FourEyes} on the locked row), what the policy asks, and where four eyes are impossible
 * ({@link AuthorityGaps}). The database decides races: the row lock and the approvals' unique
 * constraints.
 */
@Component(service = Authorisations.class)
public final class JpaAuthorisations implements Authorisations {

    static final int MAX_LIMIT = 200;
    /** Candidates read per page beyond the inbox's limit, for those above the caller's own limit. */
    private static final int PAGE_SLACK = 20;

    private final TransactionControl tx;
    private final RequestStore store;
    private final InboxQueries inbox;
    private final AuthorisationPolicy policy;
    private final TypeRegistry types;
    private final Handovers handovers;
    private final AuthorityGaps gaps;
    private final AuditLog audit;
    private final ModuleClock clock;
    private final Decisions decisions;

    @Activate
    public JpaAuthorisations(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.counter)") JPAEntityManagerProvider provider, @Reference AuthorisationPolicy policy,
            @Reference TypeRegistry types, @Reference Handovers handovers, @Reference AuthorityGaps gaps, @Reference AuditLog audit,
            @Reference ModuleClock clock) {
        EntityManager em = provider.getResource(tx);
        this.tx = tx;
        this.store = new RequestStore(em);
        this.inbox = new InboxQueries(em);
        this.policy = policy;
        this.types = types;
        this.handovers = handovers;
        this.gaps = gaps;
        this.audit = audit;
        this.clock = clock;
        this.decisions = new Decisions(store, policy, audit, clock);
    }

    @Override
    public List<ServiceRequest> inbox(int limit, Caller caller) {
        caller.require(CounterAccess.CHECK, "reading the authorisation inbox");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "from 1 to " + MAX_LIMIT);
        }
        List<String> levels = Arrays.stream(AuthorityLevel.values()).filter(l -> AuthorisationPolicy.holds(caller.roles(), l))
                .map(Enum::name).toList();
        if (levels.isEmpty()) {
            return List.of();
        }
        return TxScopes.required(tx, () -> {
            long now = clock.now().toEpochMilli();
            List<RequestEntity> mine = new ArrayList<>(eligible(caller, levels, true, now, limit));
            mine.addAll(eligible(caller, levels, false, now, limit));
            List<RequestEntity> shown = policy.inboxOrder().order(mine, now).stream().limit(limit).toList();
            Map<Long, List<ApprovalEntity>> approvals = inbox.approvals(shown.stream().map(r -> r.id).toList()).stream()
                    .collect(Collectors.groupingBy(a -> a.requestId));
            Set<String> customers = new LinkedHashSet<>();
            List<ServiceRequest> out = new ArrayList<>(shown.size());
            for (RequestEntity r : shown) {
                customers.add(r.customerId);
                out.add(RequestRecords.of(r, approvals.getOrDefault(r.id, List.of()), types.kinds(r.type), caller));
            }
            for (String customer : customers) {
                audit.record(caller, customer, "COUNTER_INBOX", "inbox: pending requests " + shown.stream()
                        .filter(r -> r.customerId.equals(customer)).map(r -> r.id + " v" + r.version).collect(Collectors.joining(", ")));
            }
            return out;
        });
    }

    /**
     * The oldest {@code limit} requests of one class (premium or standard) the caller may approve,
     * read a page at a time: the inbox order keeps each class in age order, so the first
     * {@code limit} of each are all it can show, however many are pending.
     */
    private List<RequestEntity> eligible(Caller caller, List<String> levels, boolean premium, long now, int limit) {
        List<RequestEntity> out = new ArrayList<>(limit);
        int page = limit + PAGE_SLACK;
        InboxQueries.Key after = InboxQueries.Key.START;
        while (out.size() < limit) {
            List<RequestEntity> candidates = inbox.page(caller.username(), levels, premium, now, after, page);
            Set<Long> handled = inbox.handled(caller.username(), candidates);
            for (RequestEntity r : candidates) {
                if (out.size() < limit && !handled.contains(r.id) && FourEyes.refusal(new FourEyes.Case(r.maker, List.of(), List.of(),
                        AuthorityLevel.valueOf(r.level), r.baseAmount), caller.username(), caller.roles(), policy::limit) == null) {
                    out.add(r);
                }
            }
            if (candidates.size() < page) {
                break;
            }
            after = InboxQueries.Key.of(candidates.get(candidates.size() - 1));
        }
        return out;
    }

    @Override
    public ServiceRequest approve(long id, int version, Caller caller) {
        caller.require(CounterAccess.CHECK, "approving a counter request");
        ServiceRequest done = decided(() -> decisions.approve(id, version, caller), caller);
        if (done.status() == RequestStatus.APPROVED) {
            handovers.handOver(id);
            return TxScopes.required(tx, () -> view(store.reload(id), caller));
        }
        return done;
    }

    @Override
    public ServiceRequest reject(long id, int version, String reason, Caller caller) {
        caller.require(CounterAccess.CHECK, "rejecting a counter request");
        return decided(() -> decisions.reject(id, version, reason, caller), caller);
    }

    @Override
    public Requirement requirement(String type, BigDecimal amount, String currency, Caller caller) {
        caller.require(CounterAccess.CHECK, "reading the authorisation policy");
        if (type == null || type.isBlank()) {
            throw new InvalidInputException("type", "a request type is required");
        }
        if (amount != null && amount.signum() < 0) {
            throw new InvalidInputException("amount", "must not be negative");
        }
        if (currency != null && !PolicyAmounts.CURRENCY.matcher(currency).matches()) {
            throw new InvalidInputException("currency", "three capital letters (ISO 4217)");
        }
        return policy.requirement(type, policy.toBase(amount, currency));
    }

    @Override
    public List<AuthorityGap> gaps(Caller caller) {
        caller.require(CounterAccess.LEAD, "reading where four eyes are impossible");
        return gaps.gaps();
    }

    private interface Decision {
        RequestEntity decide();
    }

    /** Runs one decision in its own transaction; two checkers of the same approval number: the database keeps one. */
    private ServiceRequest decided(Decision d, Caller caller) {
        try {
            return TxScopes.required(tx, () -> view(d.decide(), caller));
        } catch (RuntimeException e) {
            if (TxScopes.duplicateKey(e)) {
                throw new ConflictException("version", "another checker approved this version at the same moment: reload the request");
            }
            throw e;
        }
    }

    private ServiceRequest view(RequestEntity r, Caller caller) {
        return RequestRecords.of(r, store.approvals(r.id, r.version), types.kinds(r.type), caller);
    }
}
