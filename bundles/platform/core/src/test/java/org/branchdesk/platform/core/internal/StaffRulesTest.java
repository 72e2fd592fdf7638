package org.branchdesk.platform.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.security.Role;
import org.junit.Test;

public class StaffRulesTest {

    private static final Set<Role> TELLER = EnumSet.of(Role.TELLER);
    private static final String PASSWORD = "a-long-password";

    private static String fieldOf(String username, String password, String displayName, Set<Role> roles) {
        return assertThrows(InvalidInputException.class, () -> StaffRules.check(username, password, displayName, roles, 10))
                .field();
    }

    @Test
    public void aGoodAccountPasses() {
        StaffRules.check("li.lobby", PASSWORD, "Li", TELLER, 10);
        StaffRules.check("cm_1-a", PASSWORD, "王经理", EnumSet.of(Role.CUSTOMER_MANAGER, Role.LOBBY_MANAGER), 10);
        // immutable sets from other bundles must not trip the null check
        StaffRules.check("li.lobby", PASSWORD, "Li", Set.of(Role.TELLER), 10);
    }

    @Test
    public void usernameIs3To32LowerCaseCharacters() {
        StaffRules.check("abc", PASSWORD, "Li", TELLER, 10);
        StaffRules.check("a".repeat(32), PASSWORD, "Li", TELLER, 10);
        assertEquals("username", fieldOf("ab", PASSWORD, "Li", TELLER));
        assertEquals("username", fieldOf("a".repeat(33), PASSWORD, "Li", TELLER));
        assertEquals("username", fieldOf("Li.Lobby", PASSWORD, "Li", TELLER));
        assertEquals("username", fieldOf("li lobby", PASSWORD, "Li", TELLER));
        assertEquals("username", fieldOf("li@lobby", PASSWORD, "Li", TELLER));
        assertEquals("username", fieldOf("lï.lobby", PASSWORD, "Li", TELLER));
        assertEquals("username", fieldOf(null, PASSWORD, "Li", TELLER));
    }

    @Test
    public void passwordHasTheMinimumLengthAndIsNotTheUsername() {
        StaffRules.check("li.lobby", "0123456799", "Li", TELLER, 10);
        assertEquals("password", fieldOf("li.lobby", "012345699", "Li", TELLER));
        assertEquals("password", fieldOf("li.lobby", null, "Li", TELLER));
        assertEquals("password", fieldOf("li.lobby.1", "li.lobby.1", "Li", TELLER));
        assertEquals("in any case", "password", fieldOf("li.lobby.1", "LI.LOBBY.1", "Li", TELLER));
        assertEquals("the minimum is configurable", "password",
                assertThrows(InvalidInputException.class, () -> StaffRules.check("li.lobby", PASSWORD, "Li", TELLER, 16)).field());
    }

    @Test
    public void displayNameIs1To100Characters() {
        StaffRules.check("li.lobby", PASSWORD, "L", TELLER, 10);
        StaffRules.check("li.lobby", PASSWORD, "L".repeat(100), TELLER, 10);
        StaffRules.check("li.lobby", PASSWORD, "  " + "L".repeat(100) + "  ", TELLER, 10);
        assertEquals("displayName", fieldOf("li.lobby", PASSWORD, "L".repeat(101), TELLER));
        assertEquals("displayName", fieldOf("li.lobby", PASSWORD, " ", TELLER));
        assertEquals("displayName", fieldOf("li.lobby", PASSWORD, "", TELLER));
        assertEquals("displayName", fieldOf("li.lobby", PASSWORD, null, TELLER));
        assertEquals("displayName", fieldOf("li.lobby", PASSWORD, "Li\nAdmin", TELLER));
        assertEquals("displayName", fieldOf("li.lobby", PASSWORD, "Li\u0007Wang", TELLER));
        assertEquals("displayName", fieldOf("li.lobby", PASSWORD, "😀".repeat(51), TELLER));
    }

    @Test
    public void atLeastOneRole() {
        Set<Role> withNull = new HashSet<>();
        withNull.add(Role.TELLER);
        withNull.add(null);
        assertEquals("roles", fieldOf("li.lobby", PASSWORD, "Li", Set.of()));
        assertEquals("roles", fieldOf("li.lobby", PASSWORD, "Li", null));
        assertEquals("roles", fieldOf("li.lobby", PASSWORD, "Li", withNull));
    }

    @Test
    public void everyBrokenRuleIsReportedTheFirstAsTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> StaffRules.check("X", "short", " ", Set.of(), 10));
        assertEquals("username", e.field());
        assertEquals(List.of("username", "password", "displayName", "roles"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    public void adminHoldsNoCustomerFacingRole() {
        for (Role facing : List.of(Role.CENTER_HEAD, Role.OPERATIONS_SUPERVISOR, Role.CUSTOMER_MANAGER, Role.LOBBY_MANAGER,
                Role.TELLER)) {
            assertEquals(List.of(Role.ADMIN, facing), StaffRules.conflict(EnumSet.of(Role.ADMIN, facing)).orElseThrow());
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> StaffRules.check("li.lobby", PASSWORD, "Li", EnumSet.of(facing, Role.ADMIN), 10));
            assertEquals("roles", e.field());
            assertTrue(e.getMessage(), e.getMessage().contains("ADMIN and " + facing));
        }
        StaffRules.check("it.admin", PASSWORD, "IT", EnumSet.of(Role.ADMIN), 10);
    }

    @Test
    public void auditorHoldsNoOtherRole() {
        for (Role other : Role.values()) {
            if (other != Role.AUDITOR) {
                List<Role> pair = StaffRules.conflict(Set.of(Role.AUDITOR, other)).orElseThrow();
                assertTrue(pair.toString(), pair.contains(Role.AUDITOR) && pair.contains(other));
                assertEquals("roles", assertThrows(InvalidInputException.class,
                        () -> StaffRules.checkRoles(Set.of(other, Role.AUDITOR))).field());
            }
        }
        StaffRules.checkRoles(Set.of(Role.AUDITOR));
    }

    @Test
    public void customerFacingRolesGoTogether() {
        Set<Role> facing = EnumSet.of(Role.CENTER_HEAD, Role.OPERATIONS_SUPERVISOR, Role.CUSTOMER_MANAGER, Role.LOBBY_MANAGER,
                Role.TELLER);
        assertEquals(Optional.empty(), StaffRules.conflict(facing));
        StaffRules.checkRoles(facing);
        assertEquals("the attacker's account", List.of(Role.ADMIN, Role.TELLER),
                StaffRules.conflict(EnumSet.of(Role.TELLER, Role.AUDITOR, Role.ADMIN)).orElseThrow());
        assertEquals("roles", assertThrows(InvalidInputException.class, () -> StaffRules.checkRoles(Set.of())).field());
    }
}
