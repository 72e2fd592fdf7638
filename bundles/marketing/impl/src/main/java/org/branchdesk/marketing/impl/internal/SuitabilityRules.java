package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.branchdesk.customer.api.Segment;
import org.branchdesk.marketing.api.Product;
import org.branchdesk.marketing.api.RiskAssessment;
import org.branchdesk.marketing.api.SuitabilityRule;
import org.branchdesk.marketing.api.SuitabilityVerdict;

/**
 * The suitability rules, without a framework: every rule an offer breaks, in the order of
 * {@link SuitabilityRule}, with the first in words. The facts are read once by the caller
 * ({@link SuitabilityService}): the customer's newest risk profile and segment, the product, today.
 */
final class SuitabilityRules {

    private SuitabilityRules() {
    }

    /**
     * @param risk    the customer's newest assessment, or null
     * @param segment the customer's segment, or null before their first segmentation
     * @param product the product, or null when the code is not on the shelf
     * @param amount  the amount offered, or null for the product's minimum
     */
    static SuitabilityVerdict verdict(String customerId, String productCode, RiskAssessment risk, Segment segment, Product product,
            BigDecimal amount, LocalDate today) {
        List<SuitabilityRule> refusals = new ArrayList<>();
        String reason = null;
        if (risk == null) {
            refusals.add(SuitabilityRule.RISK_PROFILE_MISSING);
            reason = "RISK_PROFILE_MISSING: customer " + customerId + " has never taken a risk profile";
        } else if (today.isAfter(risk.validUntil())) {
            refusals.add(SuitabilityRule.RISK_PROFILE_EXPIRED);
            reason = "RISK_PROFILE_EXPIRED: the risk profile of customer " + customerId + " expired after " + risk.validUntil();
        }
        if (product != null) {
            // an expired profile still says what the customer could bear when it was taken: a product above it is refused too
            if (risk != null && !risk.tolerance().allows(product.risk())) {
                refusals.add(SuitabilityRule.RISK_ABOVE_TOLERANCE);
                reason = reason != null ? reason : "RISK_ABOVE_TOLERANCE: product " + product.code() + " is " + product.risk()
                        + ", above the customer's tolerance " + risk.tolerance();
            }
            if (segment == null || !product.segments().contains(segment)) {
                refusals.add(SuitabilityRule.SEGMENT_NOT_OFFERED);
                reason = reason != null ? reason : "SEGMENT_NOT_OFFERED: product " + product.code() + " is offered to " + product.segments()
                        + (segment == null ? ", and the customer has no segment yet" : ", not to " + segment);
            }
            BigDecimal offered = amount == null ? product.minimumAmount() : amount;
            if (offered.compareTo(product.minimumAmount()) < 0) {
                refusals.add(SuitabilityRule.BELOW_MINIMUM);
                reason = reason != null ? reason : "BELOW_MINIMUM: " + offered.toPlainString() + " is below the minimum "
                        + product.minimumAmount().toPlainString() + " of product " + product.code();
            }
            if ((product.saleFrom() != null && today.isBefore(product.saleFrom())) || (product.saleTo() != null && today.isAfter(product.saleTo()))) {
                refusals.add(SuitabilityRule.OUTSIDE_SALE_WINDOW);
                reason = reason != null ? reason : "OUTSIDE_SALE_WINDOW: product " + product.code() + " is sold "
                        + (product.saleFrom() == null ? "" : "from " + product.saleFrom() + " ") + (product.saleTo() == null ? "" : "to " + product.saleTo())
                        + ", not on " + today;
            }
        }
        if (product == null || product.retired()) {
            refusals.add(SuitabilityRule.NOT_ON_SHELF);
            reason = reason != null ? reason : "NOT_ON_SHELF: product " + productCode + (product == null ? " is not on the shelf" : " is retired");
        }
        return new SuitabilityVerdict(customerId, product == null ? productCode : product.code(), refusals.isEmpty(), List.copyOf(refusals), reason);
    }
}
