package org.branchdesk.marketing.api;

/** A product's risk rating, R1 (lowest) to R5 (highest). */
public enum RiskRating {
    R1, R2, R3, R4, R5;

    /** 1 to 5. */
    public int level() {
        return ordinal() + 1;
    }
}
