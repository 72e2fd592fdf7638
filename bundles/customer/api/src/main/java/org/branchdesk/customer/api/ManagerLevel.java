package org.branchdesk.customer.api;

/**
 * A customer manager's level (客户经理等级), lowest first. Which level a segment needs is the
 * allocation rules' {@code levels}: by default a PRIVATE customer needs a SENIOR manager or above.
 *
 * @since 2.1
 */
public enum ManagerLevel {
    ASSISTANT, MANAGER, SENIOR, PRINCIPAL;

    /** Whether a manager of this level may serve a customer who needs {@code needed}. */
    public boolean atLeast(ManagerLevel needed) {
        return compareTo(needed) >= 0;
    }
}
