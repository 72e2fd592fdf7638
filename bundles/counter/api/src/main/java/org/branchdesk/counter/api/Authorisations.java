package org.branchdesk.counter.api;

import java.math.BigDecimal;
import java.util.List;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The checker's side, and the one place that decides who may approve: never the maker nor anyone
 * who changed the request, even holding both roles; only someone with the authority the policy
 * asks for the type and amount, within their own limit; each approval of the request's current
 * version, one per checker.
 */
@ProviderType
public interface Authorisations {

    /**
     * Pending requests the caller may approve, premium customers' first without starving the
     * others (a request that has waited the configured bound goes before later premium ones).
     */
    List<ServiceRequest> inbox(int limit, Caller caller);

    /**
     * Approves version {@code version} of the request: 409 when it changed since (earlier
     * approvals lapsed with the change) or is no longer pending, 403 when the caller may not. The
     * last approval hands it to core banking.
     */
    ServiceRequest approve(long id, int version, Caller caller);

    /** Refuses it with a reason (required). Nothing of it takes effect. */
    ServiceRequest reject(long id, int version, String reason, Caller caller);

    /** What the policy asks of a request of this type and amount (null: none) in this currency (null: base). */
    Requirement requirement(String type, BigDecimal amount, String currency, Caller caller);

    /**
     * Where four eyes are impossible: each type and band that needs approval but fewer people can
     * give it than it needs (at least two). Also reported in health and the shell.
     */
    List<AuthorityGap> gaps(Caller caller);
}
