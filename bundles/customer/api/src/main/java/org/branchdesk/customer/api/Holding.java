package org.branchdesk.customer.api;

import java.math.BigDecimal;

/** A customer's balance in one product category (CNY). */
public record Holding(ProductCategory category, BigDecimal amount) {
}
