package org.branchdesk.customer.impl.internal.csv;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A valid row of balances.csv. */
public record BalanceRow(int line, String customerId, LocalDate date, BigDecimal balance) {
}
