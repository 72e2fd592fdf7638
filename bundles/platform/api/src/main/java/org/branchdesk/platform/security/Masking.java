package org.branchdesk.platform.security;

/**
 * Masks identifiers for roles that do not need the full value. An identity document number
 * keeps only its last 4 characters ({@code **************1234}): a resident ID number's first 6
 * name the place of registration and the next 8 the birth date, so keeping them would let the
 * number be rebuilt from a birth date shown elsewhere; the last 4 are what staff ask a customer
 * to confirm. A mobile number keeps its first 3 and last 4 ({@code 138****5678}), a card number
 * its first 6 (the issuing bank) and last 4.
 */
public final class Masking {

    private Masking() {
    }

    public static String idNumber(String value) {
        return keep(value, 0, 4);
    }

    public static String phone(String value) {
        return keep(value, 3, 4);
    }

    public static String cardNumber(String value) {
        return keep(value, 6, 4);
    }

    /**
     * Keeps {@code head} leading and {@code tail} trailing characters and stars the rest; a
     * value too short to keep both is starred but for its last character or two.
     */
    static String keep(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        int n = value.length();
        if (n <= head + tail) {
            int shown = Math.min(n / 4, 2);
            return "*".repeat(n - shown) + value.substring(n - shown);
        }
        return value.substring(0, head) + "*".repeat(n - head - tail) + value.substring(n - tail);
    }
}
