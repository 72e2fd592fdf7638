package org.branchdesk.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/** Looks up staff accounts, e.g. to check that an assigned customer manager exists. */
@ProviderType
public interface StaffDirectory {

    Optional<Staff> find(String username);

    /** Active staff holding the role, by username; never an account whose roles conflict (it is granted nothing). */
    List<Staff> withRole(Role role);

    /**
     * Creates a staff account. The password is stored only as a salted PBKDF2 hash. The creation
     * is audited ({@code STAFF_CREATE}).
     *
     * @throws org.branchdesk.platform.api.InvalidInputException for a bad username, a weak password, no role or
     *         roles that {@link #conflictingRoles conflict}
     * @throws org.branchdesk.platform.api.ConflictException when the username is taken
     */
    Staff create(String username, String password, String displayName, Set<Role> roles);

    /**
     * The segregation-of-duties rule: the first pair of the given roles that one account must
     * not hold together, or empty if they may be held together. ADMIN goes with no
     * customer-facing role, AUDITOR with no other role at all.
     *
     * @since 1.2
     */
    Optional<List<Role>> conflictingRoles(Set<Role> roles);
}
