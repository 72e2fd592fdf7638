package org.branchdesk.marketing.api;

/**
 * Why a product may not be offered to a customer. There is no override for any of them: a
 * refusal is a 409 whose detail starts with the rule's name, and is audited.
 */
public enum SuitabilityRule {
    /** The customer has never taken a risk profile. */
    RISK_PROFILE_MISSING,
    /** The customer's newest risk profile is past its validity. */
    RISK_PROFILE_EXPIRED,
    /** The product's risk rating is above the customer's tolerance. */
    RISK_ABOVE_TOLERANCE,
    /** The customer's segment is not one the product may be offered to (or they have no segment yet). */
    SEGMENT_NOT_OFFERED,
    /** The amount is below the product's minimum. */
    BELOW_MINIMUM,
    /** Today is outside the product's sale window. */
    OUTSIDE_SALE_WINDOW,
    /** The product is retired, or not on the shelf. */
    NOT_ON_SHELF
}
