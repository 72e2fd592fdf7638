package org.branchdesk.platform.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.Base64;

import org.junit.Test;

public class TokensTest {

    @Test
    public void aTokenIs32RandomBytesInBase64UrlWithoutPadding() {
        String token = Tokens.newToken();
        assertEquals(43, token.length());
        assertTrue(token, token.matches("[A-Za-z0-9_-]+"));
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertNotEquals(token, Tokens.newToken());
    }

    @Test
    public void onlyTheSha256OfATokenIsKept() {
        // the SHA-256 test vector of "abc" (FIPS 180-2)
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.hash("abc"));
        String token = Tokens.newToken();
        assertEquals(Tokens.hash(token), Tokens.hash(token));
        assertEquals(64, Tokens.hash(token).length());
    }

    @Test
    public void aGeneratedPasswordHas16Characters() {
        String password = Tokens.randomPassword();
        assertEquals(16, password.length());
        assertTrue(password, password.matches("[A-Za-z0-9_-]+"));
        assertNotEquals(password, Tokens.randomPassword());
    }
}
