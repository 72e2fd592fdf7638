package org.branchdesk.customer.api;

import java.time.LocalDate;

/**
 * A product category a customer did not hold before, first seen in the holdings file imported on
 * {@code day}. The very first holdings import of a branch records none: it is where the
 * branch starts, not what its customers bought.
 *
 * @since 2.1
 */
public record Acquisition(String customerId, ProductCategory category, LocalDate day) {
}
