package org.branchdesk.counter.api;

import java.util.List;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The maker's side: submitting, changing and withdrawing requests, reading them, and confirming a
 * request keyed into core banking. Makers are tellers and business officers; every step is
 * audited against the customer.
 */
@ProviderType
public interface CounterRequests {

    /** The request types staff may submit: the module's and integrators'. */
    List<RequestTypeInfo> types(Caller caller);

    /**
     * Submits a request. Bad input is a 400 naming the field and writes nothing. A request whose
     * policy asks no approval goes to core banking at once.
     */
    Submission submit(RequestInput input, Caller caller);

    /**
     * Replaces a pending request's content (type and customer stay); {@code version} must be the
     * current one (409 otherwise). Its approvals so far lapse; the caller becomes one who may
     * not approve it.
     */
    ServiceRequest change(long id, int version, RequestInput input, Caller caller);

    /** Takes a pending request back, by its maker or the centre head. */
    ServiceRequest withdraw(long id, int version, String reason, Caller caller);

    /** One request; a 404 when there is none. Reading is audited. */
    ServiceRequest get(long id, Caller caller);

    /** Its steps, oldest first. */
    List<RequestEvent> history(long id, Caller caller);

    /** The caller's own requests, newest first, optionally of one status: the maker sees each outcome. */
    List<ServiceRequest> mine(RequestStatus status, int limit, Caller caller);

    /** A customer's requests, newest first. */
    List<ServiceRequest> ofCustomer(String customerId, int limit, Caller caller);

    /**
     * Records core banking's reference for a request the shipped default handed over as
     * {@link RequestStatus#TO_BE_KEYED}: it is {@link RequestStatus#COMPLETED}. Its maker or a
     * checker of it.
     */
    ServiceRequest confirm(long id, String coreReference, Caller caller);

    /** Hands an approved request over again after core banking failed to take it. */
    ServiceRequest retryHandover(long id, Caller caller);
}
