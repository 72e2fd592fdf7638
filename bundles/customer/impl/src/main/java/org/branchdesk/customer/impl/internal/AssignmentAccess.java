package org.branchdesk.customer.impl.internal;

import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;

import java.util.Set;

import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;

/**
 * Who may do what with dedicated managers, checked by the assignment service whoever calls it;
 * the REST resources' {@code @Allow} lists say the same at the door.
 */
public final class AssignmentAccess {

    /** Assigning by hand, allocation runs, profiles, the list of managers and the report: the centre head. */
    public static final Set<Role> LEAD = Set.of(CENTER_HEAD);

    /** A book, a customer's assignment history: the centre head, or the customer manager whose book or customer it is. */
    public static final Set<Role> BOOK = Set.of(CENTER_HEAD, CUSTOMER_MANAGER);

    private AssignmentAccess() {
    }

    /** Refuses unless the caller is the centre head or the manager {@code manager} themself. */
    static void requireOwn(Caller caller, String manager, String what) {
        caller.require(BOOK, what);
        if (!caller.has(CENTER_HEAD) && !caller.username().equals(manager)) {
            throw new ForbiddenException(what + ": a customer manager sees only their own");
        }
    }
}
