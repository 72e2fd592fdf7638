package org.branchdesk.counter.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The bank's core banking system, as an integrator connects it: the highest-ranked service is
 * used. The module ships a default of lowest ranking that takes nothing and answers
 * {@link Handover#toBeKeyed}: the teller keys the request into core banking and confirms it with
 * the core system's reference.
 *
 * <p>Called once per request, after its last approval has committed, outside any transaction of
 * the module; a failure (an exception) leaves the request {@link RequestStatus#APPROVED} with the
 * failure as its reason, to be handed over again. Implementations should be idempotent by
 * {@link AuthorisedRequest#id()}.
 */
@ConsumerType
public interface CoreBanking {

    Handover handOver(AuthorisedRequest request);
}
