package org.branchdesk.counter.impl.internal;

import java.util.Set;

import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;

/** What this module is called where it acts on its own, not for a member of staff. */
public final class Module {

    public static final String NAME = "counter";

    /**
     * The caller of the module's own work: expiring requests at the end of the business day,
     * asking marketing's suitability for a product purchase, applying an approved change of
     * customer information. Its username cannot be a member of staff's (usernames have no
     * parentheses), so the audit log tells it apart; the request's own audit entries name the
     * maker and checkers.
     */
    public static final Caller CALLER = new Caller("(counter)", "Business processing",
            Set.of(Role.OPERATIONS_SUPERVISOR, Role.CENTER_HEAD));

    private Module() {
    }
}
