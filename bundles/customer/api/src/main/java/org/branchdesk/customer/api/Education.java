package org.branchdesk.customer.api;

/** Highest education completed, lowest first. */
public enum Education {
    UNKNOWN(false),
    PRIMARY(false),
    JUNIOR_SECONDARY(false),
    /** 高中, 中专, 技校. */
    SENIOR_SECONDARY(false),
    /** 大专: counts as university education, as in the national statistics' "大学（大专及以上）". */
    JUNIOR_COLLEGE(true),
    BACHELOR(true),
    MASTER(true),
    DOCTORATE(true);

    private final boolean university;

    Education(boolean university) {
        this.university = university;
    }

    /** University education or above (大学以上文化), one of the POTENTIAL criteria. */
    public boolean university() {
        return university;
    }
}
