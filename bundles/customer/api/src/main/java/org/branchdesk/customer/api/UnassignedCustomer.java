package org.branchdesk.customer.api;

import java.math.BigDecimal;

/**
 * A premium customer without a dedicated manager: what the centre head's report lists, and what
 * allocation should leave empty.
 *
 * @since 2.1
 */
public record UnassignedCustomer(String customerId, String name, Segment segment, BigDecimal averageAssets) {
}
