package org.branchdesk.platform.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.security.Role;

/** What a new staff account must satisfy. */
final class StaffRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");

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
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            errors.add(new FieldError("displayName", "1 to 100 characters"));
        }
        if (roles == null || roles.isEmpty() || roles.contains(null)) {
            errors.add(new FieldError("roles", "at least one of " + List.of(Role.values())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
