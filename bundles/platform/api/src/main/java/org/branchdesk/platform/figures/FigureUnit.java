package org.branchdesk.platform.figures;

/** What a figure's numbers count. */
public enum FigureUnit {
    /** People, visits, requests. */
    COUNT,
    /** An amount in CNY. */
    AMOUNT_CNY,
    /** A share, 0 to 100. */
    PERCENT,
    /** A duration in seconds. */
    SECONDS
}
