package org.branchdesk.platform.security;

import java.security.Principal;
import java.util.Arrays;
import java.util.Set;

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
}
