package org.branchdesk.marketing.api;

/** OPEN until the manager opens an opportunity from it or declines it. */
public enum ReferralStatus {
    OPEN, CONVERTED, DECLINED
}
