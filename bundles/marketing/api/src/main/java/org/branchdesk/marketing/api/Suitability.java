package org.branchdesk.marketing.api;

import java.math.BigDecimal;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Suitability, decided in one place: no product above the customer's risk tolerance, outside the
 * segments it may be offered to, below its minimum or outside its sale window enters a plan, a
 * recommendation, an opportunity or a campaign sale. Every module path and every integrator's
 * proposal goes through this service; each refusal is recorded in the audit log
 * ({@code SUITABILITY_REFUSED}, with the product and the rules).
 */
@ProviderType
public interface Suitability {

    /**
     * The verdict for offering the product to the customer for the amount (null: the product's
     * minimum); a refusal is audited. Readers: the customer's manager and the centre head.
     */
    SuitabilityVerdict check(String customerId, String productCode, BigDecimal amount, Caller caller);

    /**
     * Refuses unless suitable: a {@link org.branchdesk.platform.api.ConflictException} (409) whose
     * field is {@code field} (the request's field naming the product) and whose message starts with
     * the first rule broken, e.g. {@code RISK_ABOVE_TOLERANCE: product FND-07 is R4, above the
     * customer's tolerance C3}.
     */
    SuitabilityVerdict require(String customerId, String productCode, BigDecimal amount, String field, Caller caller);
}
