package org.branchdesk.marketing.impl.internal;

import java.util.Set;

import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;

/** What this module is called where it writes or reads on its own, not for a member of staff. */
public final class Module {

    /** The {@code module} it records interactions under. */
    public static final String NAME = "marketing";

    /**
     * The caller of the module's background work (the scheduled launch of campaigns): it acts as
     * the centre head would. Its username cannot be a member of staff's (usernames have no
     * parentheses), so the audit log tells it apart.
     */
    public static final Caller CALLER = new Caller("(marketing)", "Contact marketing", Set.of(Role.CENTER_HEAD));

    private Module() {
    }
}
