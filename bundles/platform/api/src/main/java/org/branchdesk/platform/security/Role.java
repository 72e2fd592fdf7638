package org.branchdesk.platform.security;

/** Staff roles (岗位). One person may hold several. */
public enum Role {
    /** Branch IT: staff accounts, imports, configuration. Sees no customer data by role. */
    ADMIN,
    /** 理财中心负责人: leads the centre, sees everything of the branch, handles escalations. */
    CENTER_HEAD,
    /** 业务主管: reviews and authorises transactions (four eyes). */
    OPERATIONS_SUPERVISOR,
    /**
     * 业务主办: reviews and authorises ordinary, large-amount and special transactions at the
     * counters, never one they processed themselves; may also process business (the maker).
     *
     * @since 1.4
     */
    BUSINESS_OFFICER,
    /** 客户经理: the dedicated manager of premium customers. */
    CUSTOMER_MANAGER,
    /** 大堂经理: identifies and guides customers in the lobby. */
    LOBBY_MANAGER,
    /** 柜员: cash and non-cash counters. */
    TELLER,
    /** Internal audit: reads the audit log, no customer data. */
    AUDITOR
}
