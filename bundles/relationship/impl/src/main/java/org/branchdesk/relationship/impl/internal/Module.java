package org.branchdesk.relationship.impl.internal;

import java.util.Set;

import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;

/** What this module is called where it writes or reads on its own, not for a member of staff. */
final class Module {

    /** The {@code module} it records interactions under. */
    static final String NAME = "relationship";

    /**
     * The caller of the module's background work (the catch-up on changes of manager, the
     * scheduled check): it reads the changes of manager as the centre head would. Its username
     * cannot be a member of staff's (usernames have no parentheses), so the audit log tells it apart.
     */
    static final Caller CALLER = new Caller("(relationship)", "Relationship maintenance", Set.of(Role.CENTER_HEAD));

    private Module() {
    }
}
