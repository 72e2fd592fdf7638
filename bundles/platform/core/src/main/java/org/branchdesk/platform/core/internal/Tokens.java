package org.branchdesk.platform.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Login tokens and generated passwords. A token is 256 random bits; only its SHA-256 is ever
 * stored or cached, so a copy of the database or of the heap holds no usable token. A plain
 * hash is enough here (unlike passwords): the token is random, there is nothing to guess.
 */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** 32 random bytes, base64url without padding: 43 characters, safe in a header. */
    static String newToken() {
        return randomBase64Url(32);
    }

    /** The stored form of a token: SHA-256, 64 lower-case hex digits. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /** 16 characters of base64url (96 random bits), for the administrator of a first start. */
    static String randomPassword() {
        return randomBase64Url(12);
    }

    private static String randomBase64Url(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
