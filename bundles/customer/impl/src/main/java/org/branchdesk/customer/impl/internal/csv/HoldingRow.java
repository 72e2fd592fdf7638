package org.branchdesk.customer.impl.internal.csv;

import java.math.BigDecimal;

import org.branchdesk.customer.api.ProductCategory;

/** A valid row of holdings.csv; the amount has scale 2. */
public record HoldingRow(int line, String customerId, ProductCategory category, BigDecimal amount) {
}
