package org.branchdesk.counter.impl.internal;

import java.util.Set;

import org.branchdesk.platform.security.Role;

/**
 * Who may do what at the counters, checked by every service of the module whoever calls it. Who
 * may approve one particular request is not a role set: {@code FourEyes} decides it.
 */
public final class CounterAccess {

    /** Makers: submit, change, withdraw their requests, confirm a request keyed into core banking. */
    public static final Set<Role> MAKE = Set.of(Role.TELLER, Role.BUSINESS_OFFICER);
    /** Checkers: the inbox, approving and rejecting (each request as the policy and FourEyes say). */
    public static final Set<Role> CHECK = Set.of(Role.BUSINESS_OFFICER, Role.OPERATIONS_SUPERVISOR, Role.CENTER_HEAD);
    /** Reading requests: the counter roles, and the customer's manager for the view section. */
    public static final Set<Role> READ = Set.of(Role.TELLER, Role.BUSINESS_OFFICER, Role.OPERATIONS_SUPERVISOR,
            Role.CENTER_HEAD, Role.CUSTOMER_MANAGER);
    /** Roles that see identifier fields (accounts, ID numbers, phones) in full: those who process requests. */
    public static final Set<Role> FULL_IDENTIFIERS = Set.of(Role.TELLER, Role.BUSINESS_OFFICER, Role.OPERATIONS_SUPERVISOR);
    /** Figures, the policy's gaps. */
    public static final Set<Role> LEAD = Set.of(Role.CENTER_HEAD, Role.OPERATIONS_SUPERVISOR);

    private CounterAccess() {
    }
}
