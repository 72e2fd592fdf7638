package org.branchdesk.platform.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.Role;
import org.junit.Test;

public class PasswordsTest {

    private final Passwords passwords = new Passwords(10_000);

    @Test
    public void aHashVerifiesItsPasswordOnly() {
        String hash = passwords.hash("correct horse battery");
        assertTrue(hash.startsWith("pbkdf2-sha256$10000$"));
        assertFalse(hash.contains("correct horse"));
        assertTrue(Passwords.verify("correct horse battery", hash));
        assertFalse(Passwords.verify("correct horse batterY", hash));
        assertFalse(Passwords.verify("", hash));
    }

    @Test
    public void saltMakesEveryHashDifferent() {
        assertNotEquals(passwords.hash("same password"), passwords.hash("same password"));
    }

    @Test
    public void theIterationCountTravelsWithTheHash() {
        String old = passwords.hash("still valid 123");
        Passwords stronger = new Passwords(20_000);
        assertEquals(10_000, Passwords.iterationsOf(old));
        assertEquals(20_000, Passwords.iterationsOf(stronger.hash("x")));
        assertTrue("an old hash verifies after the work factor is raised", Passwords.verify("still valid 123", old));
    }

    @Test
    public void aTooLowWorkFactorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Passwords(1000));
    }

    @Test
    public void staffRules() {
        Set<Role> teller = EnumSet.of(Role.TELLER);
        StaffRules.check("li.lobby", "a-long-password", "Li", teller, 10);
        assertEquals("username", assertThrows(InvalidInputException.class,
                () -> StaffRules.check("Li Lobby", "a-long-password", "Li", teller, 10)).field());
        assertEquals("password", assertThrows(InvalidInputException.class,
                () -> StaffRules.check("li.lobby", "short", "Li", teller, 10)).field());
        assertEquals("password", assertThrows(InvalidInputException.class,
                () -> StaffRules.check("li.lobby.1", "LI.LOBBY.1", "Li", teller, 10)).field());
        assertEquals("displayName", assertThrows(InvalidInputException.class,
                () -> StaffRules.check("li.lobby", "a-long-password", " ", teller, 10)).field());
        assertEquals("roles", assertThrows(InvalidInputException.class,
                () -> StaffRules.check("li.lobby", "a-long-password", "Li", Set.of(), 10)).field());
    }
}
