package org.branchdesk.marketing.api;

/** What a customer saves or invests for. */
public enum Goal {
    EDUCATION, RETIREMENT, HOUSING, GROWTH, LIQUIDITY
}
