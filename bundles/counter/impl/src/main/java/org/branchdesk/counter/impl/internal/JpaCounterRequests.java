package org.branchdesk.counter.impl.internal;

import java.util.List;

import org.branchdesk.counter.api.CounterRequests;
import org.branchdesk.counter.api.RequestEvent;
import org.branchdesk.counter.api.RequestInput;
import org.branchdesk.counter.api.RequestStatus;
import org.branchdesk.counter.api.RequestTypeInfo;
import org.branchdesk.counter.api.ServiceRequest;
import org.branchdesk.counter.api.Submission;
import org.branchdesk.counter.impl.internal.jpa.RequestQueries;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.lobby.api.LobbyService;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * The {@link CounterRequests} component, the maker's side: checks the caller, then delegates to
 * its parts ({@link Submissions}, {@link Changes}, {@link Reads}). The lobby is optional: without
 * it a request names no ticket.
 */
@Component(service = { CounterRequests.class, JpaCounterRequests.class }, configurationPid = RequestsConfigCheck.PID)
@Designate(ocd = RequestsConfig.class)
public final class JpaCounterRequests implements CounterRequests {

    private static final int LIMIT_MAX = 500;
    /** Confirming and handing over again: the maker or a checker of the request. */
    private static final java.util.Set<Role> MAKE_OR_CHECK = java.util.Set.of(Role.TELLER, Role.BUSINESS_OFFICER,
            Role.OPERATIONS_SUPERVISOR, Role.CENTER_HEAD);
    private static final java.util.Set<Role> WITHDRAW = java.util.Set.of(Role.TELLER, Role.BUSINESS_OFFICER, Role.CENTER_HEAD);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile LobbyService lobby;

    private final TypeRegistry types;
    private final Reads reads;
    private final Submissions submissions;
    private final Changes changes;
    private volatile int dayEnd;

    @Activate
    public JpaCounterRequests(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.counter)") JPAEntityManagerProvider provider, @Reference TypeRegistry types,
            @Reference CustomerService customers, @Reference AuditLog audit, @Reference ModuleClock clock, RequestsConfig config) {
        modified(config);
        this.types = types;
        RequestQueries queries = new RequestQueries(provider.getResource(tx));
        Inputs inputs = new Inputs(types);
        this.reads = new Reads(tx, queries, types, customers, audit);
        this.submissions = new Submissions(tx, queries, inputs, reads, customers, audit, clock, () -> lobby, () -> dayEnd);
        this.changes = new Changes(tx, queries, inputs, reads, audit, clock);
    }

    @Modified
    void modified(RequestsConfig config) {
        dayEnd = RequestsConfigCheck.minutes(RequestsConfigCheck.require(config).businessDayEnd());
    }

    @Override
    public List<RequestTypeInfo> types(Caller caller) {
        caller.require(CounterAccess.READ, "reading the counter's request types");
        return types.infos();
    }

    @Override
    public Submission submit(RequestInput input, Caller caller) {
        caller.require(CounterAccess.MAKE, "submitting a counter request");
        return submissions.submit(input, caller);
    }

    @Override
    public ServiceRequest change(long id, int version, RequestInput input, Caller caller) {
        caller.require(CounterAccess.MAKE, "changing a counter request");
        return changes.change(id, version, input, caller);
    }

    @Override
    public ServiceRequest withdraw(long id, int version, String reason, Caller caller) {
        caller.require(WITHDRAW, "withdrawing a counter request");
        return changes.withdraw(id, version, reason, caller);
    }

    @Override
    public ServiceRequest get(long id, Caller caller) {
        caller.require(CounterAccess.READ, "reading a counter request");
        return reads.get(id, caller);
    }

    @Override
    public List<RequestEvent> history(long id, Caller caller) {
        caller.require(CounterAccess.READ, "reading a counter request's history");
        return reads.history(id, caller);
    }

    @Override
    public List<ServiceRequest> mine(RequestStatus status, int limit, Caller caller) {
        caller.require(CounterAccess.MAKE, "reading one's own counter requests");
        return reads.mine(status, limit(limit), caller);
    }

    @Override
    public List<ServiceRequest> ofCustomer(String customerId, int limit, Caller caller) {
        caller.require(CounterAccess.READ, "reading a customer's counter requests");
        if (customerId == null || customerId.isBlank()) {
            throw new InvalidInputException("customerId", "is required");
        }
        return reads.ofCustomer(customerId.trim(), limit(limit), caller);
    }

    @Override
    public ServiceRequest confirm(long id, String coreReference, Caller caller) {
        caller.require(MAKE_OR_CHECK, "confirming a request keyed into core banking");
        throw new UnsupportedOperationException("confirming waits for the hand-over part (helper handover)");
    }

    @Override
    public ServiceRequest retryHandover(long id, Caller caller) {
        caller.require(MAKE_OR_CHECK, "handing a request over again");
        throw new UnsupportedOperationException("handing over again waits for the hand-over part (helper handover)");
    }

    private static int limit(int limit) {
        if (limit < 1 || limit > LIMIT_MAX) {
            throw new InvalidInputException("limit", "must be from 1 to " + LIMIT_MAX);
        }
        return limit;
    }
}
