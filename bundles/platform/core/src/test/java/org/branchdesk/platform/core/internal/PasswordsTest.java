package org.branchdesk.platform.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Base64;

import org.junit.Test;

public class PasswordsTest {

    /** Far below the production 600000, so the tests stay fast; the rules do not depend on it. */
    private final Passwords passwords = new Passwords(10_000);

    @Test
    public void aHashVerifiesItsPasswordOnly() {
        String hash = passwords.hash("correct horse battery");
        assertTrue(Passwords.verify("correct horse battery", hash));
        assertFalse(Passwords.verify("correct horse batterY", hash));
        assertFalse(Passwords.verify("correct horse battery ", hash));
        assertFalse(Passwords.verify("", hash));
        assertFalse(Passwords.verify(null, hash));
    }

    @Test
    public void theStoredFormDescribesItselfAndHidesThePassword() {
        String hash = passwords.hash("correct horse battery");
        String[] parts = hash.split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("10000", parts[1]);
        assertEquals("a 16-byte salt", 16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals("a 256-bit hash", 32, Base64.getDecoder().decode(parts[3]).length);
        assertFalse(hash.contains("correct horse"));
    }

    @Test
    public void saltMakesEveryHashDifferent() {
        String a = passwords.hash("same password");
        String b = passwords.hash("same password");
        assertNotEquals(a, b);
        assertNotEquals("different salts", a.split("\\$")[2], b.split("\\$")[2]);
        assertTrue(Passwords.verify("same password", a));
        assertTrue(Passwords.verify("same password", b));
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
    public void aDamagedOrForeignStoredValueVerifiesNothing() {
        String good = passwords.hash("a-long-password");
        String[] parts = good.split("\\$");
        assertFalse(Passwords.verify("a-long-password", null));
        assertFalse(Passwords.verify("a-long-password", ""));
        assertFalse(Passwords.verify("a-long-password", "a-long-password"));
        assertFalse(Passwords.verify("a-long-password", "bcrypt$" + parts[1] + "$" + parts[2] + "$" + parts[3]));
        assertFalse(Passwords.verify("a-long-password", parts[0] + "$many$" + parts[2] + "$" + parts[3]));
        assertFalse(Passwords.verify("a-long-password", parts[0] + "$" + parts[1] + "$not base64!$" + parts[3]));
        assertFalse(Passwords.verify("a-long-password", parts[0] + "$" + parts[1] + "$" + parts[2]));
    }

    @Test
    public void aTooLowWorkFactorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Passwords(1000));
    }
}
