package org.branchdesk.counter.api;

import java.util.Set;

import org.branchdesk.platform.security.Role;

/**
 * The least authority a request needs, from the policy: each level is held by its role and by
 * every role of a higher level.
 */
public enum AuthorityLevel {
    /** No approval: the request goes to core banking when submitted. */
    NONE(Set.of()),
    /** 业务主办 and above. */
    OFFICER(Set.of(Role.BUSINESS_OFFICER, Role.OPERATIONS_SUPERVISOR, Role.CENTER_HEAD)),
    /** 业务主管 and above. */
    SUPERVISOR(Set.of(Role.OPERATIONS_SUPERVISOR, Role.CENTER_HEAD)),
    /** 理财中心负责人. */
    CENTER_HEAD(Set.of(Role.CENTER_HEAD));

    private final Set<Role> roles;

    AuthorityLevel(Set<Role> roles) {
        this.roles = roles;
    }

    /** The roles that hold this level. */
    public Set<Role> roles() {
        return roles;
    }
}
