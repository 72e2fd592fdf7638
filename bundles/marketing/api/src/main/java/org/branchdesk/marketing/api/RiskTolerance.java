package org.branchdesk.marketing.api;

/** A customer's risk tolerance from their risk profile (风险测评), C1 (conservative) to C5 (aggressive). */
public enum RiskTolerance {
    C1, C2, C3, C4, C5;

    /** 1 to 5. */
    public int level() {
        return ordinal() + 1;
    }

    /** A product is within the tolerance when its rating is at most the tolerance's level: C3 allows R1 to R3. */
    public boolean allows(RiskRating rating) {
        return rating.level() <= level();
    }
}
