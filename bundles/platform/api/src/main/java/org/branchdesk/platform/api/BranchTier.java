package org.branchdesk.platform.api;

import java.util.Locale;

/** Branch tiers (网点分层分类); a deployment serves one branch of one tier. */
public enum BranchTier {
    /** 财富管理中心: flagship with exclusive private-banking and high-end areas. */
    WEALTH_CENTER,
    /** 贵宾理财中心: general and exclusive areas; VIPs are guided in person, no ticket. */
    VIP_CENTER,
    /** 理财网点: mixed branch serving ordinary and premium customers. */
    OUTLET,
    /** 金融便利店: no wealth service; refers premium customers to its parent sub-branch. */
    CONVENIENCE_STORE;

    /** The name used on the command line and in deployment definitions, e.g. {@code wealth-center}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses either the enum name ({@code WEALTH_CENTER}) or the command-line name ({@code wealth-center}). */
    public static BranchTier parse(String value) {
        String normalised = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return BranchTier.valueOf(normalised);
    }
}
