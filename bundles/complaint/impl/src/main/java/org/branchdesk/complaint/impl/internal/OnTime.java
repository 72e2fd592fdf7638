package org.branchdesk.complaint.impl.internal;

/** The pure part of {@link ComplaintFigures}: the share closed on time. */
final class OnTime {

    private OnTime() {
    }

    /**
     * Whether a closed complaint was on time: it never missed a deadline (the escalation check
     * marks those overdue) and it was resolved by its resolution deadline.
     */
    static boolean onTime(boolean overdue, Long resolvedAt, long resolveBy) {
        return !overdue && resolvedAt != null && resolvedAt <= resolveBy;
    }

    /** A share in percent, or null when nothing was closed. */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
