package org.branchdesk.customer.api;

/**
 * Customer segments by average daily financial assets of the previous quarter (CNY, lower
 * bounds inclusive; thresholds configurable, defaults shown).
 */
public enum Segment {
    /** 私人银行客户: 10,000,000 or more. */
    PRIVATE(true),
    /** 高端客户: 1,000,000 to below 10,000,000. */
    HIGH(true),
    /** 中端客户: 200,000 to below 1,000,000. */
    MID(true),
    /** Below mid: 50,000 to below 200,000. */
    MASS_AFFLUENT(false),
    /** 潜力客户: below 50,000, university education or above (大专及以上) and aged 16 to 28. */
    POTENTIAL(false),
    /** 普通客户: everyone else. */
    ORDINARY(false);

    private final boolean premium;

    Segment(boolean premium) {
        this.premium = premium;
    }

    /** Premium (优质客户): 200,000 or more, the core target of the service process. */
    public boolean premium() {
        return premium;
    }
}
