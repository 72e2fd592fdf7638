package org.branchdesk.marketing.api;

import java.util.List;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Products to recommend to a customer: the module's own rule (suitable shelf products of families
 * the customer does not hold yet, the goals of their needs file first) and every
 * {@link ProductProposer}'s, all through {@link Suitability}. A customer without a valid risk
 * profile gets none: a 409 naming {@code riskProfile}, until it is renewed.
 */
@ProviderType
public interface Recommendations {

    /** At most {@code limit} recommendations, the proposers' first. */
    List<Recommendation> recommend(String customerId, int limit, Caller caller);
}
