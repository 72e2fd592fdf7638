package org.branchdesk.complaint.api;

/** Who handles the complaint now; escalation moves one step up. */
public enum EscalationLevel {
    /** 理财中心负责人: the centre head handles what staff cannot. */
    CENTER_HEAD,
    /** 支行优质客户服务小组. */
    SUB_BRANCH_PREMIUM_GROUP,
    /** 分行要客服务科. */
    BRANCH_CUSTOMER_SERVICE,
    /** 总行客户服务办公室. */
    HEAD_OFFICE;

    /** The next level, or this one at the top. */
    public EscalationLevel next() {
        return this == HEAD_OFFICE ? this : values()[ordinal() + 1];
    }
}
