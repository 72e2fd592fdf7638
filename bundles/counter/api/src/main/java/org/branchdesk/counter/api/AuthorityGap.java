package org.branchdesk.counter.api;

import java.math.BigDecimal;

/**
 * A type and amount band for which fewer people can authorise than four eyes need.
 *
 * @param authorisers active staff who could approve a request of the band
 * @param needed      at least two, and at least the band's number of approvals
 */
public record AuthorityGap(String type, BigDecimal bandFrom, AuthorityLevel level, int authorisers, int needed) {
}
