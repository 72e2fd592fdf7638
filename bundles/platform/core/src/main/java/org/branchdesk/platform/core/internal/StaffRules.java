package org.branchdesk.platform.core.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.api.TextRules;
import org.branchdesk.platform.security.Role;

/**
 * What a staff account must satisfy. Kept apart from JPA so the rules are unit-tested without a
 * database; every broken rule is reported at once, the first one as the field.
 * <p>
 * Segregation of duties: the roles that must not be held by one account are {@link #CONFLICTS}.
 * The administrator sees no customer data, so ADMIN never goes with a customer-facing role (an
 * administrator could otherwise give himself customer access); the auditor checks everyone else,
 * so AUDITOR goes with no other role at all.
 */
final class StaffRules {

    /** Lower-case only, so that a username can never be registered twice in different cases. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");

    static final int DISPLAY_NAME_MAX = 100;

    /** Each role, with the roles it must not be held together with. Symmetric: see {@link #conflict}. */
    static final Map<Role, Set<Role>> CONFLICTS = Map.of(
            Role.ADMIN, EnumSet.of(Role.CENTER_HEAD, Role.OPERATIONS_SUPERVISOR, Role.BUSINESS_OFFICER, Role.CUSTOMER_MANAGER, Role.LOBBY_MANAGER,
                    Role.TELLER, Role.AUDITOR),
            Role.AUDITOR, EnumSet.complementOf(EnumSet.of(Role.AUDITOR)));

    private StaffRules() {
    }

    static void check(String username, String password, String displayName, Set<Role> roles, int minPasswordLength) {
        List<FieldError> errors = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "3 to 32 lower-case letters, digits, '.', '_' or '-'"));
        }
        PasswordRules.problem(password, username, minPasswordLength).ifPresent(p -> errors.add(new FieldError("password", p)));
        // one line, no control characters, measured as the column counts (TextRules)
        TextRules.check(errors, "displayName", displayName, true, DISPLAY_NAME_MAX, false);
        rolesProblem(roles).ifPresent(p -> errors.add(new FieldError("roles", p)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A new set of roles for an existing account: 400 naming {@code roles} when empty or conflicting. */
    static void checkRoles(Set<Role> roles) {
        rolesProblem(roles).ifPresent(p -> {
            throw new InvalidInputException("roles", p);
        });
    }

    /** A new password for an existing account: 400 naming {@code field} when weak. */
    static void checkPassword(String field, String password, String username, int minPasswordLength) {
        PasswordRules.problem(password, username, minPasswordLength).ifPresent(p -> {
            throw new InvalidInputException(field, p);
        });
    }

    private static Optional<String> rolesProblem(Set<Role> roles) {
        // stream, not contains(null): Set.of(...) from another bundle throws on contains(null)
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            return Optional.of("at least one of " + List.of(Role.values()));
        }
        return conflict(roles).map(pair -> pair.get(0) + " and " + pair.get(1)
                + " must not be held by one account (segregation of duties)");
    }

    /** The first pair of roles (in {@link Role} order) that must not be held together; empty if there is none. */
    static Optional<List<Role>> conflict(Set<Role> roles) {
        if (roles == null) {
            return Optional.empty();
        }
        for (Role a : Role.values()) {
            for (Role b : Role.values()) {
                if (a.ordinal() < b.ordinal() && roles.contains(a) && roles.contains(b) && conflicting(a, b)) {
                    return Optional.of(List.of(a, b));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean conflicting(Role a, Role b) {
        return CONFLICTS.getOrDefault(a, Set.of()).contains(b) || CONFLICTS.getOrDefault(b, Set.of()).contains(a);
    }
}
