package org.branchdesk.platform.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.Test;

public class PasswordRulesTest {

    private static Optional<String> problem(String password) {
        return PasswordRules.problem(password, "li.lobby", 10);
    }

    private static void refused(String password, String because) {
        Optional<String> p = problem(password);
        assertTrue(password + " passed", p.isPresent());
        assertTrue(password + ": " + p.get(), p.get().contains(because));
    }

    @Test
    public void goodPasswordsPass() {
        for (String good : List.of("a-long-password", "Grün-Tee-am-Morgen", "correct horse battery", "0123456799", "x7#Qm!pL2v",
                "c-m-1-secret-1", "tests-only-Branchdesk-2026")) {
            assertEquals(good, Optional.empty(), problem(good));
        }
    }

    @Test
    public void theBundledListHoldsSomeHundredsAndIsCaseInsensitive() {
        assertTrue(String.valueOf(PasswordRules.commonCount()), PasswordRules.commonCount() >= 300);
        refused("password123", "common");
        refused("PassWord123", "common");
        refused("qwertyuiop", "common");
        refused("1qaz2wsx3edc", "common");
        refused("woaini1314", "common");
        refused("P@ssw0rd123", "common");
    }

    @Test
    public void theUsernameIsRefusedAlsoInside() {
        refused("li.lobby", "at least"); // too short first
        refused("li.lobby-2026", "username");
        refused("my-LI.LOBBY-pw", "username");
        assertEquals(Optional.empty(), PasswordRules.problem("li.lobby-2026", "wang", 10));
    }

    @Test
    public void repeatedCharactersAndGroupsAreRefused() {
        refused("aaaaaaaaaa", "repeated");
        refused("ZZZZZZZZZZZZ", "repeated");
        refused("abababababab", "repeated");
        refused("xyzxyzxyzxyz", "repeated");
        refused("1111111111", "common");
        refused("9999999999", "repeated");
    }

    @Test
    public void runsOfConsecutiveCharactersAreRefused() {
        refused("2345678901", "consecutive");
        refused("bcdefghijk", "consecutive");
        refused("KJIHGFEDCBA", "consecutive");
        refused("8765432109", "consecutive");
        refused("lmnopqrstu", "consecutive");
    }

    @Test
    public void blankAndShortPasswordsAreRefused() {
        refused("          ", "spaces");
        refused("\t\t\t\t\t\t\t\t\t\t", "spaces");
        refused("short", "at least 10");
        refused(null, "at least 10");
    }
}
