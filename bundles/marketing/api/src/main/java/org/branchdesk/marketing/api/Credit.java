package org.branchdesk.marketing.api;

import java.math.BigDecimal;

/**
 * What one member of staff is credited with for opportunities won in a period: as the manager who
 * won them and as the referrer, each with the configured share of the won amount.
 */
public record Credit(String staff, int wonAsManager, BigDecimal creditAsManager, int wonAsReferrer,
        BigDecimal creditAsReferrer, BigDecimal total, int referralsMade, int referralsReceived) {
}
