package org.branchdesk.customer.impl.internal.segmentation;

import java.math.BigDecimal;

/**
 * Segment thresholds on average daily financial assets (CNY, lower bounds inclusive) and the
 * POTENTIAL age band.
 */
public record Thresholds(BigDecimal privateMin, BigDecimal highMin, BigDecimal midMin, BigDecimal massAffluentMin,
        BigDecimal premiumMin, int potentialMinAge, int potentialMaxAge) {

    public Thresholds {
        if (!(privateMin.compareTo(highMin) > 0 && highMin.compareTo(midMin) > 0 && midMin.compareTo(massAffluentMin) > 0
                && massAffluentMin.signum() > 0)) {
            throw new IllegalArgumentException("thresholds must descend: privateMin " + privateMin + " > highMin " + highMin
                    + " > midMin " + midMin + " > massAffluentMin " + massAffluentMin + " > 0");
        }
        if (premiumMin.signum() <= 0) {
            throw new IllegalArgumentException("premiumMin must be positive, not " + premiumMin);
        }
        if (potentialMinAge > potentialMaxAge) {
            throw new IllegalArgumentException("potentialMinAge " + potentialMinAge + " is above potentialMaxAge " + potentialMaxAge);
        }
    }

    /** The defaults of the unified view strategy (DOMAIN.md §2). */
    public static Thresholds defaults() {
        return new Thresholds(new BigDecimal("10000000"), new BigDecimal("1000000"), new BigDecimal("200000"),
                new BigDecimal("50000"), new BigDecimal("200000"), 16, 28);
    }
}
