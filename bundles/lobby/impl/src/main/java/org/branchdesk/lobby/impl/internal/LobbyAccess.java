package org.branchdesk.lobby.impl.internal;

import static org.branchdesk.platform.security.Role.BUSINESS_OFFICER;
import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;
import static org.branchdesk.platform.security.Role.LOBBY_MANAGER;
import static org.branchdesk.platform.security.Role.OPERATIONS_SUPERVISOR;
import static org.branchdesk.platform.security.Role.TELLER;

import java.util.Set;

import org.branchdesk.platform.security.Role;

/**
 * Who may do what in the lobby, checked by the lobby's services ({@link Arrivals}, {@link Queues},
 * {@link Leads}, ...) whoever calls them. The REST resource's {@code @Allow} lists say the same at
 * the door.
 */
final class LobbyAccess {

    /** Registering arrivals and issuing tickets: the lobby manager at the door, tellers at their counters. */
    static final Set<Role> RECEIVE = Set.of(LOBBY_MANAGER, TELLER);
    static final Set<Role> QUEUES = Set.of(LOBBY_MANAGER, TELLER, BUSINESS_OFFICER, CENTER_HEAD, OPERATIONS_SUPERVISOR);
    /** Calling and finishing tickets at a service point. */
    static final Set<Role> COUNTER = Set.of(TELLER, BUSINESS_OFFICER, LOBBY_MANAGER, CUSTOMER_MANAGER);
    /** One ticket by its id: the counters that serve it and who oversees them (a counter request names its ticket). */
    static final Set<Role> TICKET = Set.of(TELLER, BUSINESS_OFFICER, OPERATIONS_SUPERVISOR, CENTER_HEAD, LOBBY_MANAGER);
    /** Where self-service-capable business was sent (the counter diversion rate). */
    static final Set<Role> GUIDANCE = Set.of(CENTER_HEAD, OPERATIONS_SUPERVISOR, LOBBY_MANAGER);
    static final Set<Role> REFER = Set.of(TELLER, LOBBY_MANAGER, CUSTOMER_MANAGER, CENTER_HEAD);
    static final Set<Role> LEADS = Set.of(CUSTOMER_MANAGER, CENTER_HEAD, LOBBY_MANAGER);
    static final Set<Role> FOLLOW_UP = Set.of(CUSTOMER_MANAGER, CENTER_HEAD);
    static final Set<Role> NOTICES = Set.of(CUSTOMER_MANAGER);
    static final Set<Role> RECORD = Set.of(LOBBY_MANAGER, CENTER_HEAD);
    /** A customer's visits and open leads, shown in their view: the staff who read customers. */
    static final Set<Role> CUSTOMER = Set.of(LOBBY_MANAGER, TELLER, CUSTOMER_MANAGER, CENTER_HEAD, OPERATIONS_SUPERVISOR);

    private LobbyAccess() {
    }
}
