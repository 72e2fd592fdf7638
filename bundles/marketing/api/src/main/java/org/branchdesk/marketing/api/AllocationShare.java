package org.branchdesk.marketing.api;

import java.math.BigDecimal;

import org.branchdesk.customer.api.ProductCategory;

/** A plan's recommended share of the customer's investable assets in one category, in percent. */
public record AllocationShare(ProductCategory category, BigDecimal percent) {
}
