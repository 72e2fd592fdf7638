package org.branchdesk.platform.security;

import java.security.Principal;
import java.util.Arrays;
import java.util.Set;

import org.branchdesk.platform.api.ForbiddenException;

/**
 * The authenticated member of staff behind a request. The REST layer puts it in the JAX-RS
 * {@code SecurityContext} as the user principal.
 */
public record Caller(String username, String displayName, Set<Role> roles) implements Principal {

    public Caller {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        return Arrays.stream(any).anyMatch(roles::contains);
    }

    /**
     * The check every service makes before it returns or changes customer data, whoever calls it
     * (a REST resource, a view section, an integrator's bundle).
     *
     * @param any  the roles that may do it
     * @param what what is refused, for the message, e.g. {@code "reading customers"}
     * @throws ForbiddenException unless the caller holds one of {@code any}
     * @since 1.2
     */
    public void require(Set<Role> any, String what) {
        if (any.stream().noneMatch(roles::contains)) {
            throw new ForbiddenException(what + " needs one of the roles " + any.stream().map(Role::name).sorted().toList());
        }
    }
}
