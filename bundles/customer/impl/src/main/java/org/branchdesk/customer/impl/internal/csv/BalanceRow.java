package org.branchdesk.customer.impl.internal.csv;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A valid row of balances.csv: the customer's financial assets at the end of the day, with scale 2. */
public record BalanceRow(int line, String customerId, LocalDate date, BigDecimal balance) {
}
