package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a won amount is credited: the manager {@code managerShare} percent and the referrer the
 * rest, so that the two always add up to the amount (the manager's part is rounded half-even to
 * the fen); without a referrer the manager is credited the whole amount.
 */
public record CreditSplit(int managerShare, int referrerShare) {

    /** The two credits; {@code referrer} null when there is none. */
    public record Credits(BigDecimal manager, BigDecimal referrer) {
    }

    public CreditSplit {
        if (managerShare < 0 || referrerShare < 0 || managerShare + referrerShare != 100) {
            throw new IllegalArgumentException("the shares must be whole percents summing to 100");
        }
    }

    public Credits of(BigDecimal amount, boolean hasReferrer) {
        BigDecimal whole = amount.setScale(2, RoundingMode.HALF_EVEN);
        if (!hasReferrer) {
            return new Credits(whole, null);
        }
        BigDecimal manager = whole.multiply(BigDecimal.valueOf(managerShare)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
        return new Credits(manager, whole.subtract(manager));
    }
}
