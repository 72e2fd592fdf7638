package org.branchdesk.customer.api;

/** Product categories in which a customer holds balances. */
public enum ProductCategory {
    DEPOSIT, BOND, FUND, STOCK, FX, TRUST, WEALTH_PRODUCT, PRECIOUS_METAL, INSURANCE,
    /** A liability: shown in the holdings, never counted as a financial asset. */
    LOAN;

    public boolean asset() {
        return this != LOAN;
    }
}
