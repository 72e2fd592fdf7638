package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.util.List;

import org.branchdesk.platform.api.InvalidInputException.FieldError;

/** The rule for an amount of money in a plan line or an opportunity: CNY above zero, to the fen, below 10^15. */
final class OfferAmounts {

    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private OfferAmounts() {
    }

    /** The amount at scale 2, or null (with an error added) when it breaks the rule; null stays null unless required. */
    static BigDecimal check(List<FieldError> errors, String field, BigDecimal amount, boolean required) {
        if (amount == null) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (amount.signum() <= 0 || amount.compareTo(LIMIT) >= 0 || amount.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "'" + amount.toPlainString() + "' is not an amount above 0 and below 10^15 with at most two decimals"));
            return null;
        }
        return amount.setScale(2);
    }
}
