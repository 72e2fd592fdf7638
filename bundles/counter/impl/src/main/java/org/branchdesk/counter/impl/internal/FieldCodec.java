package org.branchdesk.counter.impl.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request's fields in one column: {@code name=value} lines in name order (names are letters,
 * digits and '_'), with backslashes and line breaks in values escaped. The same fields always
 * give the same text (the content key depends on it).
 */
final class FieldCodec {

    private FieldCodec() {
    }

    static String encode(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(fields).entrySet()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(e.getKey()).append('=').append(escape(e.getValue()));
        }
        return b.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return fields;
        }
        for (String line : text.split("\n", -1)) {
            int eq = line.indexOf('=');
            fields.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
        }
        return fields;
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
