package org.branchdesk.customer.impl.internal;

import static org.branchdesk.platform.security.Role.ADMIN;
import static org.branchdesk.platform.security.Role.BUSINESS_OFFICER;
import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;
import static org.branchdesk.platform.security.Role.LOBBY_MANAGER;
import static org.branchdesk.platform.security.Role.OPERATIONS_SUPERVISOR;
import static org.branchdesk.platform.security.Role.TELLER;

import java.util.Set;

import org.branchdesk.platform.security.Role;

/**
 * Who may do what with customers, checked by the services whoever calls them. The REST
 * resources' {@code @Allow} lists say the same at the door; the endpoint-role test holds both
 * to it.
 */
public final class CustomerAccess {

    /** Staff who serve customers read them (identifiers masked per role). */
    public static final Set<Role> READ = Set.of(LOBBY_MANAGER, TELLER, CUSTOMER_MANAGER, CENTER_HEAD, OPERATIONS_SUPERVISOR,
            BUSINESS_OFFICER);

    /** Staff who may create and correct a customer's identity data. */
    public static final Set<Role> WRITE = Set.of(TELLER, OPERATIONS_SUPERVISOR, BUSINESS_OFFICER, CUSTOMER_MANAGER, CENTER_HEAD);

    /** Branch IT loads the core banking extracts; it sees no customer in the answer. */
    public static final Set<Role> IMPORT = Set.of(ADMIN);

    /** Re-segmenting the branch. */
    public static final Set<Role> SEGMENT = Set.of(ADMIN, CENTER_HEAD);

    private CustomerAccess() {
    }
}
