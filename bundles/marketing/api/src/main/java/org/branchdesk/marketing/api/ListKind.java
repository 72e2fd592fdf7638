package org.branchdesk.marketing.api;

/** The three customer lists a manager works from (客户名单). */
public enum ListKind {
    /** 维护: their premium customers. */
    MAINTENANCE,
    /** 开拓: their potential-premium customers, and customers of open leads and referrals to them. */
    DEVELOPMENT,
    /** 储备: customers below premium worth cultivating, by the configured criteria. */
    RESERVE
}
