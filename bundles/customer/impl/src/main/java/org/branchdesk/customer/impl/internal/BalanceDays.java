package org.branchdesk.customer.impl.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The packed form of one day's balances: customer numbers and balances in fen (1/100 CNY),
 * exact, sorted by customer number. The numbers are one block and the balances another, so that
 * summing a quarter whose days list the same customers (the usual case) adds arrays and never
 * looks a customer up: the blocks are compared byte for byte first. Deflated at the fastest
 * level; a million customers take a few MB.
 */
final class BalanceDays {

    private static final int FORMAT = 2;

    /** One unpacked day. {@code ids} is the UTF-8 of the customer numbers, each followed by '\n'. */
    record Day(byte[] ids, long[] fen) {

        String[] customerIds() {
            String[] out = new String[fen.length];
            int start = 0;
            int k = 0;
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == '\n') {
                    out[k++] = new String(ids, start, i - start, StandardCharsets.UTF_8);
                    start = i + 1;
                }
            }
            return out;
        }

        TreeMap<String, Long> toMap() {
            TreeMap<String, Long> map = new TreeMap<>();
            String[] customers = customerIds();
            for (int i = 0; i < customers.length; i++) {
                map.put(customers[i], fen[i]);
            }
            return map;
        }
    }

    private BalanceDays() {
    }

    static byte[] pack(Map<String, Long> balances) {
        TreeMap<String, Long> sorted = balances instanceof TreeMap<String, Long> t ? t : new TreeMap<>(balances);
        ByteArrayOutputStream idBlock = new ByteArrayOutputStream(sorted.size() * 10);
        for (String id : sorted.keySet()) {
            idBlock.writeBytes(id.getBytes(StandardCharsets.UTF_8));
            idBlock.write('\n');
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, sorted.size() * 10));
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeInt(sorted.size());
            out.writeInt(idBlock.size());
            idBlock.writeTo(out);
            ByteBuffer fen = ByteBuffer.allocate(sorted.size() * Long.BYTES); // one block: writeLong would deflate 8 bytes at a time
            sorted.values().forEach(fen::putLong);
            out.write(fen.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    static Day unpack(byte[] data) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new InflaterInputStream(new ByteArrayInputStream(data)),
                1 << 16))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalStateException("unknown balance format " + format);
            }
            int n = in.readInt();
            byte[] ids = new byte[in.readInt()];
            in.readFully(ids);
            // the balances as one block: readLong byte by byte through a stream was most of a quarter's summing
            byte[] block = new byte[n * Long.BYTES];
            in.readFully(block);
            long[] fen = new long[n];
            ByteBuffer.wrap(block).asLongBuffer().get(fen); // big-endian, as DataOutputStream wrote them
            return new Day(ids, fen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sums of a quarter's days per customer, in fen. */
    static final class QuarterSums {
        private byte[] ids;
        private long[] sums;
        private Map<String, Integer> index;
        private final Map<String, long[]> others = new java.util.HashMap<>();

        void add(Day day) {
            if (ids == null) {
                ids = day.ids();
                sums = day.fen().clone();
                return;
            }
            if (java.util.Arrays.equals(ids, day.ids())) {
                long[] fen = day.fen();
                for (int i = 0; i < fen.length; i++) {
                    sums[i] += fen[i];
                }
                return;
            }
            String[] dayCustomers = day.customerIds();
            for (int i = 0; i < dayCustomers.length; i++) {
                Integer at = index().get(dayCustomers[i]);
                if (at != null) {
                    sums[at] += day.fen()[i];
                } else {
                    others.computeIfAbsent(dayCustomers[i], k -> new long[1])[0] += day.fen()[i];
                }
            }
        }

        long of(String customerId) {
            if (ids == null) {
                return 0;
            }
            Integer at = index().get(customerId);
            long[] other = others.get(customerId);
            return (at == null ? 0 : sums[at]) + (other == null ? 0 : other[0]);
        }

        private Map<String, Integer> index() {
            if (index == null) {
                String[] customers = new Day(ids, sums).customerIds();
                index = new java.util.HashMap<>(customers.length * 2);
                for (int i = 0; i < customers.length; i++) {
                    index.put(customers[i], i);
                }
            }
            return index;
        }
    }
}
