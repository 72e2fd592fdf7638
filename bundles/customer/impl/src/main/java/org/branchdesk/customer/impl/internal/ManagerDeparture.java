package org.branchdesk.customer.impl.internal;

import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.StaffDeparture;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A customer manager's customers do not stay behind when their account is disabled: with no
 * successor named the disabling is refused (409, field {@code successor}); with one, every customer
 * moves to them (reason MANAGER_LEFT, rule SUCCESSOR); with {@link StaffDeparture#BY_RULES}, the
 * allocation rules place each one, and if any cannot be placed the disabling is refused. All of it
 * in the disabling's own transaction. The answer counts what moved and names no customer: the
 * administrator who disables sees no customer data.
 */
@Component
public final class ManagerDeparture implements StaffDeparture {

    private final JpaAssignmentService assignments;

    @Activate
    public ManagerDeparture(@Reference JpaAssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public String leaving(String username, String successor, Caller actor) {
        return assignments.depart(username, successor, actor);
    }
}
