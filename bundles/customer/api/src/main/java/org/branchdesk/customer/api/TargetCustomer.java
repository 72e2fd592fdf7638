package org.branchdesk.customer.api;

import java.math.BigDecimal;

/**
 * A customer a selection took: the number and classification, no identity.
 *
 * @param manager the customer's manager at the moment of the selection, or null
 * @since 2.1
 */
public record TargetCustomer(String customerId, String manager, Segment segment, BigDecimal averageAssets,
        boolean potentialPremium) {
}
