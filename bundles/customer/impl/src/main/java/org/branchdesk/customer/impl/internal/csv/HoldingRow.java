package org.branchdesk.customer.impl.internal.csv;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.branchdesk.customer.api.ProductCategory;

/** A valid row of holdings.csv; the amount has scale 2, the maturity date is null when the file gives none. */
public record HoldingRow(int line, String customerId, ProductCategory category, BigDecimal amount, LocalDate maturityDate) {
}
