package org.branchdesk.platform.core.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * The line format of the {@link AuditJournal}: {@code at, actor, customer, action, detail, crc}
 * separated by tabs, with tab, newline, carriage return and backslash escaped and {@code \N}
 * for null; the CRC-32C of the first five fields tells a whole line from one a crash cut short.
 */
final class JournalLines {

    /** The most read at once, and so the longest line. */
    static final int READ_BYTES = 1 << 20;

    private JournalLines() {
    }

    /** The length of the file's whole, undamaged lines from its start. */
    static long validLength(FileChannel channel) throws IOException {
        long valid = 0;
        long at = 0;
        ByteBuffer buffer = ByteBuffer.allocate(READ_BYTES);
        while (true) {
            buffer.clear();
            int n = channel.read(buffer, at);
            if (n <= 0) {
                return valid;
            }
            byte[] bytes = buffer.array();
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (bytes[i] == '\n') {
                    if (!intact(bytes, start, i)) {
                        return valid;
                    }
                    valid = at + i + 1;
                    start = i + 1;
                }
            }
            if (start == 0) {
                return valid; // no line end in a whole buffer: garbage
            }
            at += start;
        }
    }

    /** The entry as one line of the journal, its CRC-32C last. */
    static byte[] encode(AuditJournal.Entry e) {
        StringBuilder body = new StringBuilder(96).append(e.at());
        for (String field : new String[] { e.actor(), e.customerId(), e.action(), e.detail() }) {
            body.append('\t');
            escape(body, field);
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        String tail = String.format("\t%08x\n", crc.getValue());
        byte[] line = new byte[bytes.length + tail.length()];
        System.arraycopy(bytes, 0, line, 0, bytes.length);
        System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, line, bytes.length, tail.length());
        return line;
    }

    private static boolean intact(byte[] bytes, int start, int end) {
        int tab = end - 9;
        if (tab <= start || bytes[tab] != '\t') {
            return false;
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, start, tab - start);
        try {
            return Long.parseLong(new String(bytes, tab + 1, 8, StandardCharsets.US_ASCII), 16) == crc.getValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The line from {@code start} to the line end at {@code end}; {@code path} and {@code offset} only name it in a failure. */
    static AuditJournal.Entry decode(byte[] bytes, int start, int end, Path path, long offset) throws IOException {
        if (!intact(bytes, start, end)) {
            throw new IOException(path + " is damaged at byte " + offset);
        }
        String[] fields = new String(bytes, start, end - 9 - start, StandardCharsets.UTF_8).split("\t", -1);
        if (fields.length != 5) {
            throw new IOException(path + " has a line of " + fields.length + " fields at byte " + offset);
        }
        return new AuditJournal.Entry(Long.parseLong(fields[0]), unescape(fields[1]), unescape(fields[2]), unescape(fields[3]),
                unescape(fields[4]));
    }

    private static void escape(StringBuilder out, String s) {
        if (s == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static String unescape(String s) {
        if (s.equals("\\N")) {
            return null;
        }
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
