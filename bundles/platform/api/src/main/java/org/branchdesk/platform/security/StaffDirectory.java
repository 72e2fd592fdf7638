package org.branchdesk.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/** Looks up staff accounts, e.g. to check that an assigned customer manager exists. */
@ProviderType
public interface StaffDirectory {

    Optional<Staff> find(String username);

    /** Active staff holding the role, by username. */
    List<Staff> withRole(Role role);

    /**
     * Creates a staff account. The password is stored only as a salted PBKDF2 hash.
     *
     * @throws org.branchdesk.platform.api.InvalidInputException for a bad username, a weak password or no role
     * @throws org.branchdesk.platform.api.ConflictException when the username is taken
     */
    Staff create(String username, String password, String displayName, Set<Role> roles);
}
