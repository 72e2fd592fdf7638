package org.branchdesk.marketing.impl.internal;

import java.util.Set;

import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;

/**
 * Who may do what in contact marketing, checked by every service of the module whoever calls it.
 * A customer manager works their own customers and customers who have no manager yet (the ones
 * they develop); another manager's customer is a 403. The centre head works every customer and
 * alone maintains the shelf and runs campaigns.
 */
public final class MarketingAccess {

    /** Staff who serve customers: read the shelf, record opt-outs, refer customers. */
    public static final Set<Role> SERVE = Set.of(Role.CENTER_HEAD, Role.CUSTOMER_MANAGER, Role.LOBBY_MANAGER,
            Role.TELLER, Role.OPERATIONS_SUPERVISOR, Role.BUSINESS_OFFICER);
    /** Working customers: risk profiles, needs, plans, recommendations, contacts, opportunities. */
    public static final Set<Role> WORK = Set.of(Role.CUSTOMER_MANAGER, Role.CENTER_HEAD);
    /** The shelf, campaigns, every manager's figures and credit. */
    public static final Set<Role> LEAD = Set.of(Role.CENTER_HEAD);

    private MarketingAccess() {
    }

    /**
     * Refuses unless the caller may work this customer: the centre head, the customer's own
     * manager, or any customer manager for a customer without one. Returns the customer's manager
     * (null for a customer without one). An unknown customer is a 404 (from the assignment service).
     */
    public static String requireCustomer(Caller caller, String customerId, AssignmentService assignments) {
        caller.require(WORK, "contact marketing");
        String manager = assignments.current(customerId, caller).map(Assignment::manager).orElse(null);
        if (!caller.has(Role.CENTER_HEAD) && manager != null && !caller.username().equals(manager)) {
            throw new ForbiddenException("a customer manager works only their own customers and customers without a manager");
        }
        return manager;
    }

    /** Refuses unless the caller may read {@code manager}'s work: themself, or the centre head. */
    public static void requireManager(Caller caller, String manager) {
        caller.require(WORK, "contact marketing");
        if (!caller.has(Role.CENTER_HEAD) && !caller.username().equals(manager)) {
            throw new ForbiddenException("a customer manager sees only their own work");
        }
    }
}
