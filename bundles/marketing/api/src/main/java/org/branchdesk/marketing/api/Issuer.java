package org.branchdesk.marketing.api;

/** Who issues a product: the bank itself, or another institution the bank sells for (代销). */
public enum Issuer {
    OWN, AGENCY
}
