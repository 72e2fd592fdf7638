package org.branchdesk.complaint.impl.internal;

import static org.branchdesk.platform.security.Role.BUSINESS_OFFICER;
import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;
import static org.branchdesk.platform.security.Role.LOBBY_MANAGER;
import static org.branchdesk.platform.security.Role.OPERATIONS_SUPERVISOR;
import static org.branchdesk.platform.security.Role.TELLER;

import java.util.Set;

import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;

/**
 * Who may do what with complaints, checked by the services whoever calls them. The REST
 * resource's {@code @Allow} lists say the same at the door.
 */
final class ComplaintAccess {

    /** Roles that handle complaints: they read every complaint, assign and escalate. */
    static final Set<Role> HANDLERS = Set.of(CENTER_HEAD, LOBBY_MANAGER);
    /** Staff who serve customers record complaints and work those assigned to them; ADMIN and AUDITOR do not. */
    static final Set<Role> STAFF = Set.of(CENTER_HEAD, LOBBY_MANAGER, CUSTOMER_MANAGER, TELLER, OPERATIONS_SUPERVISOR, BUSINESS_OFFICER);
    /** Every complaint of the branch, listed. */
    static final Set<Role> LIST_ALL = Set.of(CENTER_HEAD);
    static final Set<Role> STATS = Set.of(CENTER_HEAD);

    private ComplaintAccess() {
    }

    /** A handling role reads every complaint. */
    static boolean readsAll(Caller caller) {
        return HANDLERS.stream().anyMatch(caller::has);
    }

    /** A complaint is read by the roles that handle complaints and by its assignee. */
    static void requireReadable(Caller caller, String assignee) {
        if (!readsAll(caller) && !caller.username().equals(assignee)) {
            throw new ForbiddenException("complaints are for the staff who handle them");
        }
    }

    static void requireListAll(Caller caller) {
        if (LIST_ALL.stream().noneMatch(caller::has)) {
            throw new ForbiddenException("only the centre head sees every complaint of the branch");
        }
    }
}
