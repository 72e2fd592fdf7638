package org.branchdesk.counter.api;

import java.math.BigDecimal;

/**
 * What the policy asks of one request.
 *
 * @param level     the least authority of each checker
 * @param approvals how many distinct checkers (0 with {@link AuthorityLevel#NONE}, else 1 or 2)
 * @param bandFrom  the lower bound of the amount band that applies, in the base currency
 * @param rule      the policy line that decided, as configured
 */
public record Requirement(AuthorityLevel level, int approvals, BigDecimal bandFrom, String rule) {
}
