package org.branchdesk.marketing.api;

import java.math.BigDecimal;

/**
 * A product a {@link ProductProposer} proposes for a customer.
 *
 * @param amount the amount it proposes, or null for the product's minimum
 * @param reason why, in a line staff will read (at most 200 characters are kept)
 */
public record Proposal(String productCode, BigDecimal amount, String reason) {
}
