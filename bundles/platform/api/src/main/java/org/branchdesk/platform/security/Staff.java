package org.branchdesk.platform.security;

import java.time.Instant;
import java.util.Set;

/** A staff account as others may see it: never the password or its hash. */
public record Staff(String username, String displayName, Set<Role> roles, boolean active, Instant createdAt) {
}
