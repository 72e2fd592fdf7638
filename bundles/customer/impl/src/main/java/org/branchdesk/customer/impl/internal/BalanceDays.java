package org.branchdesk.customer.impl.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The packed form of one day's balances: customer number → balance in fen (1/100 CNY), exact.
 * Sorted by customer number, so the same day always packs to the same bytes. Deflated at the
 * fastest level: a million customers take a few MB.
 */
final class BalanceDays {

    private static final int FORMAT = 1;

    private BalanceDays() {
    }

    static byte[] pack(Map<String, Long> fen) {
        TreeMap<String, Long> sorted = fen instanceof TreeMap<String, Long> t ? t : new TreeMap<>(fen);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, sorted.size() * 8));
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeInt(sorted.size());
            for (Map.Entry<String, Long> e : sorted.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** Calls back with each customer's balance of the day, in customer-number order. */
    static void unpack(byte[] data, Each each) {
        try (DataInputStream in = new DataInputStream(
                new java.io.BufferedInputStream(new InflaterInputStream(new ByteArrayInputStream(data)), 1 << 16))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalStateException("unknown balance format " + format);
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                each.balance(in.readUTF(), in.readLong());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TreeMap<String, Long> unpack(byte[] data) {
        TreeMap<String, Long> map = new TreeMap<>();
        unpack(data, map::put);
        return map;
    }

    @FunctionalInterface
    interface Each {
        void balance(String customerId, long fen);
    }
}
