package org.branchdesk.marketing.api;

import java.util.List;

/**
 * What suitability decided for one product, one customer and one amount.
 *
 * @param refusals every rule the offer breaks, in the order of {@link SuitabilityRule}; empty when suitable
 * @param reason   the first refusal in words, or null
 */
public record SuitabilityVerdict(String customerId, String productCode, boolean suitable, List<SuitabilityRule> refusals,
        String reason) {
}
