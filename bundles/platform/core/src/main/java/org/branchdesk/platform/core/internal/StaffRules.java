package org.branchdesk.platform.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.security.Role;

/**
 * What a new staff account must satisfy. Kept apart from JPA so the rules are unit-tested
 * without a database; every broken rule is reported at once, the first one as the field.
 */
final class StaffRules {

    /** Lower-case only, so that a username can never be registered twice in different cases. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");

    static final int DISPLAY_NAME_MAX = 100;

    private StaffRules() {
    }

    static void check(String username, String password, String displayName, Set<Role> roles, int minPasswordLength) {
        List<FieldError> errors = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "3 to 32 lower-case letters, digits, '.', '_' or '-'"));
        }
        if (password == null || password.length() < minPasswordLength) {
            errors.add(new FieldError("password", "at least " + minPasswordLength + " characters"));
        } else if (password.equalsIgnoreCase(username)) {
            errors.add(new FieldError("password", "must not be the username"));
        }
        if (displayName == null || displayName.isBlank() || displayName.trim().length() > DISPLAY_NAME_MAX) {
            errors.add(new FieldError("displayName", "1 to " + DISPLAY_NAME_MAX + " characters"));
        }
        // stream, not contains(null): Set.of(...) from another bundle throws on contains(null)
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            errors.add(new FieldError("roles", "at least one of " + List.of(Role.values())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
