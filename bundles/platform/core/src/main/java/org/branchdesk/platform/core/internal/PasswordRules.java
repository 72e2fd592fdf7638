package org.branchdesk.platform.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses the passwords an attacker tries first: too short, blank, on the bundled list of common
 * passwords ({@value #COMMON_LIST}, compared case-insensitively), containing the username, one
 * short group of characters repeated ({@code aaaaaaaaaa}, {@code abcabcabcabc}) or a run of
 * consecutive characters ({@code 1234567890}, {@code abcdefghij}, {@code 9876543210}).
 */
final class PasswordRules {

    static final String COMMON_LIST = "common-passwords.txt";

    /** Longest group whose repetition is refused: {@code abcabcabcabc} is as weak as {@code aaaa}. */
    private static final int REPEATED_GROUP_MAX = 3;

    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** What is wrong with the password, in words for the problem's field message; empty if it is good. */
    static Optional<String> problem(String password, String username, int minLength) {
        if (password == null || password.length() < minLength) {
            return Optional.of("at least " + minLength + " characters");
        }
        if (password.isBlank()) {
            return Optional.of("must not be only spaces");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("is one of the most common passwords");
        }
        if (repeated(lower)) {
            return Optional.of("must not be one character or a short group repeated");
        }
        if (sequential(lower)) {
            return Optional.of("must not be a run of consecutive characters");
        }
        return Optional.empty();
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    static int commonCount() {
        return COMMON.size();
    }

    private static boolean repeated(String s) {
        for (int group = 1; group <= REPEATED_GROUP_MAX && group < s.length(); group++) {
            boolean all = true;
            for (int i = group; i < s.length() && all; i++) {
                all = s.charAt(i) == s.charAt(i - group);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Every character one more (or every one one less) than the one before; digits wrap, 9 then 0. */
    private static boolean sequential(String s) {
        int step = step(s.charAt(0), s.charAt(1));
        if (step != 1 && step != -1) {
            return false;
        }
        for (int i = 2; i < s.length(); i++) {
            if (step(s.charAt(i - 1), s.charAt(i)) != step) {
                return false;
            }
        }
        return true;
    }

    private static int step(char from, char to) {
        if (from >= '0' && from <= '9' && to >= '0' && to <= '9') {
            int up = (to - from + 10) % 10;
            return up == 9 ? -1 : up;
        }
        return to - from;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_LIST + " is missing from the bundle");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
