package org.branchdesk.customer.impl.internal.segmentation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.branchdesk.platform.api.InvalidInputException.FieldError;

/**
 * Segment thresholds on average daily financial assets (CNY, lower bounds inclusive) and the
 * POTENTIAL age band (full years, both ends inclusive). Its rules are {@link #problems}: the
 * configuration check refuses thresholds by them, and thresholds that break them cannot be made,
 * so a bad configuration never misclassifies a customer.
 */
public record Thresholds(BigDecimal privateMin, BigDecimal highMin, BigDecimal midMin, BigDecimal massAffluentMin,
        BigDecimal premiumMin, int potentialMinAge, int potentialMaxAge) {

    public Thresholds {
        Objects.requireNonNull(privateMin, "privateMin is required");
        Objects.requireNonNull(highMin, "highMin is required");
        Objects.requireNonNull(midMin, "midMin is required");
        Objects.requireNonNull(massAffluentMin, "massAffluentMin is required");
        Objects.requireNonNull(premiumMin, "premiumMin is required");
        List<FieldError> problems = problems(privateMin, highMin, midMin, massAffluentMin, premiumMin, potentialMinAge, potentialMaxAge);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).message());
        }
    }

    /**
     * What is wrong with these thresholds, each error naming the property (as the configuration
     * names it) that breaks a rule: the amounts must strictly descend from {@code privateMin} to
     * {@code massAffluentMin}, which must be above 0, as must {@code premiumMin}; the age band
     * must not be empty.
     */
    public static List<FieldError> problems(BigDecimal privateMin, BigDecimal highMin, BigDecimal midMin, BigDecimal massAffluentMin,
            BigDecimal premiumMin, int potentialMinAge, int potentialMaxAge) {
        List<FieldError> errors = new ArrayList<>();
        belowOrError(errors, "highMin", highMin, "privateMin", privateMin);
        belowOrError(errors, "midMin", midMin, "highMin", highMin);
        belowOrError(errors, "massAffluentMin", massAffluentMin, "midMin", midMin);
        if (massAffluentMin.signum() <= 0) {
            errors.add(new FieldError("massAffluentMin", "massAffluentMin must be above 0, not " + massAffluentMin.toPlainString()));
        }
        if (premiumMin.signum() <= 0) {
            errors.add(new FieldError("premiumMin", "premiumMin must be above 0, not " + premiumMin.toPlainString()));
        }
        if (potentialMinAge > potentialMaxAge) {
            errors.add(new FieldError("potentialMinAge",
                    "potentialMinAge " + potentialMinAge + " must not be above potentialMaxAge " + potentialMaxAge));
        }
        return errors;
    }

    private static void belowOrError(List<FieldError> errors, String lower, BigDecimal low, String higher, BigDecimal high) {
        if (low.compareTo(high) >= 0) {
            errors.add(new FieldError(lower, "thresholds must strictly descend: " + lower + " " + low.toPlainString()
                    + " must be below " + higher + " " + high.toPlainString()));
        }
    }

    /** The unified view strategy's values (docs/domain.md, "Customer segments"). */
    public static Thresholds defaults() {
        return new Thresholds(new BigDecimal("10000000"), new BigDecimal("1000000"), new BigDecimal("200000"),
                new BigDecimal("50000"), new BigDecimal("200000"), 16, 28);
    }
}
