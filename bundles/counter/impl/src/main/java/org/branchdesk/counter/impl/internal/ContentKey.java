package org.branchdesk.counter.impl.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * What makes two submissions the same request (a pure rule): SHA-256 of type, customer, amount
 * (without trailing zeros), currency and the encoded fields. The note and ticket do not count.
 */
final class ContentKey {

    private ContentKey() {
    }

    static String of(String type, String customerId, BigDecimal amount, String currency, Map<String, String> fields) {
        String text = type + "|" + customerId + "|" + (amount == null ? "" : amount.stripTrailingZeros().toPlainString()) + "|"
                + (currency == null ? "" : currency) + "|" + FieldCodec.encode(fields);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
