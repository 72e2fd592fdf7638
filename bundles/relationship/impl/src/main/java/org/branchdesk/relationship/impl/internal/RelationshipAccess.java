package org.branchdesk.relationship.impl.internal;

import java.util.Set;

import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;

/**
 * Who may do what in relationship maintenance, checked by every service of the module whoever
 * calls it: a customer manager works their own book only (another manager's customer is a 403);
 * the centre head sees and works every book.
 */
public final class RelationshipAccess {

    /** Working a book: the manager's own, or any for the centre head. */
    public static final Set<Role> WORK = Set.of(Role.CUSTOMER_MANAGER, Role.CENTER_HEAD);
    /** Seeing every manager's load, reassigning, planning events for the centre. */
    public static final Set<Role> LEAD = Set.of(Role.CENTER_HEAD);

    private RelationshipAccess() {
    }

    /** Refuses unless the caller may work {@code manager}'s book. */
    public static void requireBook(Caller caller, String manager) {
        caller.require(WORK, "relationship maintenance");
        if (!caller.has(Role.CENTER_HEAD) && !caller.username().equals(manager)) {
            throw new ForbiddenException("a customer manager works only their own book");
        }
    }

    /**
     * Refuses unless the caller may work this customer: the centre head, or the customer's own
     * manager. Returns the customer's manager (null for a customer without one).
     */
    public static String requireCustomer(Caller caller, String customerId, AssignmentService assignments) {
        caller.require(WORK, "relationship maintenance");
        String manager = assignments.current(customerId, caller).map(Assignment::manager).orElse(null);
        if (!caller.has(Role.CENTER_HEAD) && !caller.username().equals(manager)) {
            throw new ForbiddenException("a customer manager works only their own customers");
        }
        return manager;
    }
}
