package org.branchdesk.customer.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A holding that matures on a day (the holdings file's optional {@code maturity_date}).
 *
 * @since 2.1
 */
public record Maturity(String customerId, ProductCategory category, BigDecimal amount, LocalDate maturityDate) {
}
