package org.branchdesk.marketing.api;

import java.math.BigDecimal;

/**
 * A campaign's funnel: of its targets, how many were contacted, reached (an answer), interested
 * (interested, an appointment or a sale), booked an appointment or bought; what they bought for.
 *
 * @param successRate bought / targets, 0 to 1 (0 for no targets)
 */
public record FunnelCounts(int targets, int contacted, int reached, int interested, int appointments, int bought,
        BigDecimal amount, BigDecimal successRate) {
}
