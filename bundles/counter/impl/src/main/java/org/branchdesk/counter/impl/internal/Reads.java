package org.branchdesk.counter.impl.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.branchdesk.counter.api.RequestEvent;
import org.branchdesk.counter.api.RequestStatus;
import org.branchdesk.counter.api.ServiceRequest;
import org.branchdesk.counter.impl.internal.jpa.RequestEntity;
import org.branchdesk.counter.impl.internal.jpa.RequestQueries;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Reading requests: one, its history, the maker's own, a customer's. The customer manager reads
 * only their own customers' (or those without a manager); every other reading role reads all.
 * Each read is audited against the customer, naming what was seen.
 */
final class Reads {

    private final TransactionControl tx;
    private final RequestQueries queries;
    private final TypeRegistry types;
    private final CustomerService customers;
    private final AuditLog audit;

    Reads(TransactionControl tx, RequestQueries queries, TypeRegistry types, CustomerService customers, AuditLog audit) {
        this.tx = tx;
        this.queries = queries;
        this.types = types;
        this.customers = customers;
        this.audit = audit;
    }

    ServiceRequest get(long id, Caller caller) {
        return TxScopes.required(tx, () -> {
            RequestEntity r = existing(id);
            visible(r.customerId, caller);
            audit.record(caller, r.customerId, "COUNTER_READ", "request " + r.id + " v" + r.version + " " + r.type + " " + r.status);
            return view(r, caller);
        });
    }

    List<RequestEvent> history(long id, Caller caller) {
        return TxScopes.required(tx, () -> {
            RequestEntity r = existing(id);
            visible(r.customerId, caller);
            audit.record(caller, r.customerId, "COUNTER_READ", "history of request " + r.id + " v" + r.version);
            return queries.store().events(id).stream().map(RequestRecords::event).toList();
        });
    }

    List<ServiceRequest> mine(RequestStatus status, int limit, Caller caller) {
        return TxScopes.required(tx, () -> audited(queries.ofMaker(caller.username(), status == null ? null : status.name(), limit),
                caller, "own requests"));
    }

    List<ServiceRequest> ofCustomer(String customerId, int limit, Caller caller) {
        visible(customerId, caller);
        return TxScopes.required(tx, () -> audited(queries.ofCustomer(customerId, limit), caller, "the customer's requests"));
    }

    /** The request as the caller may see it (masked by role), with the current version's approvals. */
    ServiceRequest view(RequestEntity r, Caller caller) {
        return RequestRecords.of(r, queries.store().approvals(r.id, r.version), types.kinds(r.type), caller);
    }

    RequestEntity existing(long id) {
        RequestEntity r = queries.store().find(id);
        if (r == null) {
            throw new NotFoundException("counter request", id);
        }
        return r;
    }

    /** The customer manager's rule: their own customers' requests only. */
    void visible(String customerId, Caller caller) {
        if (!caller.has(Role.CUSTOMER_MANAGER) || caller.hasAny(Role.TELLER, Role.BUSINESS_OFFICER, Role.OPERATIONS_SUPERVISOR,
                Role.CENTER_HEAD)) {
            return;
        }
        String manager = customers.get(customerId, caller).manager();
        if (manager != null && !manager.equals(caller.username())) {
            throw new ForbiddenException("a customer manager reads the counter requests of their own customers only");
        }
    }

    /** One audit entry per customer shown, naming the requests. */
    private List<ServiceRequest> audited(List<RequestEntity> rows, Caller caller, String what) {
        Map<String, String> ids = rows.stream().collect(Collectors.groupingBy(r -> r.customerId, LinkedHashMap::new,
                Collectors.mapping(r -> r.id + " v" + r.version, Collectors.joining(", "))));
        ids.forEach((customer, shown) -> audit.record(caller, customer, "COUNTER_READ", what + ": requests " + shown));
        return rows.stream().map(r -> view(r, caller)).toList();
    }
}
