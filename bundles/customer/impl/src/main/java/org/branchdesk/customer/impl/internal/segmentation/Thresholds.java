package org.branchdesk.customer.impl.internal.segmentation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Segment thresholds on average daily financial assets (CNY, lower bounds inclusive) and the
 * POTENTIAL age band (full years, both ends inclusive). Checked on construction, so a bad
 * configuration fails when it is read rather than misclassifying every customer.
 */
public record Thresholds(BigDecimal privateMin, BigDecimal highMin, BigDecimal midMin, BigDecimal massAffluentMin,
        BigDecimal premiumMin, int potentialMinAge, int potentialMaxAge) {

    public Thresholds {
        Objects.requireNonNull(privateMin, "privateMin is required");
        Objects.requireNonNull(highMin, "highMin is required");
        Objects.requireNonNull(midMin, "midMin is required");
        Objects.requireNonNull(massAffluentMin, "massAffluentMin is required");
        Objects.requireNonNull(premiumMin, "premiumMin is required");
        if (!(privateMin.compareTo(highMin) > 0 && highMin.compareTo(midMin) > 0 && midMin.compareTo(massAffluentMin) > 0
                && massAffluentMin.signum() > 0)) {
            throw new IllegalArgumentException("thresholds must strictly descend: privateMin " + privateMin + " > highMin "
                    + highMin + " > midMin " + midMin + " > massAffluentMin " + massAffluentMin + " > 0");
        }
        if (premiumMin.signum() <= 0) {
            throw new IllegalArgumentException("premiumMin must be above 0, not " + premiumMin);
        }
        if (potentialMinAge > potentialMaxAge) {
            throw new IllegalArgumentException(
                    "potentialMinAge " + potentialMinAge + " must not be above potentialMaxAge " + potentialMaxAge);
        }
    }

    /** The unified view strategy's values (docs/domain.md, "Customer segments"). */
    public static Thresholds defaults() {
        return new Thresholds(new BigDecimal("10000000"), new BigDecimal("1000000"), new BigDecimal("200000"),
                new BigDecimal("50000"), new BigDecimal("200000"), 16, 28);
    }
}
