package org.branchdesk.marketing.api;

import java.math.BigDecimal;

/**
 * A product recommended for a customer, suitable for them on the day it was made.
 *
 * @param source {@code shelf} for the module's own rule, else the {@link ProductProposer}'s name
 */
public record Recommendation(Product product, BigDecimal amount, String source, String reason) {
}
