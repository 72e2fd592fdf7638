package org.branchdesk.platform.core.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The audit log's journal: entries are appended to a file, and {@link #awaitDurable} returns
 * once they are forced to disk. Threads that wait while a force is under way are served by the
 * next one, so one disk sync covers many reads (group commit).
 * <p>
 * Files are {@code journal-<n>.log}, numbered up from 1; a file that reaches {@link #rollBytes}
 * is closed and the next one begun. A line is {@code at, actor, customer, action, detail, crc}
 * separated by tabs, with tab, newline, carriage return and backslash escaped and {@code \N} for
 * null; the CRC-32C of the first five fields tells a whole line from one a crash cut short.
 * Opening drops the last file's incomplete or damaged tail: entries that were never forced,
 * which with a force before each answer means no read they record was shown.
 */
final class AuditJournal implements Closeable {

    /** An audit entry as recorded. */
    record Entry(long at, String actor, String customerId, String action, String detail) {
    }

    /** A place in the journal: a file number and a byte offset in it. */
    record Position(long file, long offset) {
    }

    /** Entries read from {@code from}, and where the next read starts. */
    record Batch(List<Entry> entries, Position next) {
    }

    private static final Pattern NAME = Pattern.compile("journal-(\\d+)\\.log");
    private static final int READ_BYTES = 1 << 20;

    private final Path dir;
    private final long rollBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition forceDone = lock.newCondition();

    // guarded by lock
    private FileChannel out;
    private long file;
    private long size;
    private long appended;
    private long forced;
    private boolean forcing;
    private IOException failure;
    private Position durable;

    private AuditJournal(Path dir, long rollBytes) {
        this.dir = dir;
        this.rollBytes = rollBytes;
    }

    /**
     * Opens the journal in {@code dir}, creating it if needed, and cuts the last file's torn tail.
     *
     * @param firstFile the number of a first file, when there is none yet
     */
    static AuditJournal open(Path dir, long firstFile, long rollBytes) throws IOException {
        Files.createDirectories(dir);
        AuditJournal journal = new AuditJournal(dir, rollBytes);
        TreeMap<Long, Path> files = journal.files();
        journal.file = files.isEmpty() ? Math.max(1, firstFile) : files.lastKey();
        journal.out = FileChannel.open(journal.path(journal.file), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        journal.size = validLength(journal.out);
        journal.out.truncate(journal.size);
        journal.out.position(journal.size);
        journal.out.force(true);
        journal.durable = new Position(journal.file, journal.size);
        return journal;
    }

    /**
     * Appends the entry, not yet forced to disk.
     *
     * @return the entry's number, for {@link #awaitDurable}
     */
    long append(Entry entry) throws IOException {
        ByteBuffer line = ByteBuffer.wrap(encode(entry));
        lock.lock();
        try {
            if (failure != null) {
                throw new IOException("the audit journal failed earlier and takes no more entries", failure);
            }
            if (size > 0 && size + line.remaining() > rollBytes) {
                roll();
            }
            while (line.hasRemaining()) {
                size += out.write(line);
            }
            return ++appended;
        } finally {
            lock.unlock();
        }
    }

    /** Returns once entry {@code number}, and every one before it, is on disk. */
    void awaitDurable(long number) throws IOException {
        lock.lock();
        try {
            while (forced < number) {
                if (failure != null) {
                    throw new IOException("the audit journal could not be forced to disk", failure);
                }
                if (forcing) {
                    forceDone.awaitUninterruptibly();
                } else {
                    force();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Returns once every entry appended so far is on disk. */
    void awaitDurable() throws IOException {
        long last;
        lock.lock();
        try {
            last = appended;
        } finally {
            lock.unlock();
        }
        awaitDurable(last);
    }

    /** Forces what is appended so far with the lock released, so that others append meanwhile. */
    private void force() {
        forcing = true;
        long upTo = appended;
        Position reached = new Position(file, size);
        FileChannel channel = out;
        lock.unlock();
        IOException failed = null;
        try {
            channel.force(false);
        } catch (IOException e) {
            failed = e;
        } finally {
            lock.lock();
            forcing = false;
        }
        if (failed != null) {
            failure = failed;
        } else {
            forced = Math.max(forced, upTo);
            durable = reached;
        }
        forceDone.signalAll();
    }

    private void roll() throws IOException {
        while (forcing) {
            forceDone.awaitUninterruptibly();
        }
        out.force(false);
        out.close();
        forced = appended;
        file++;
        out = FileChannel.open(path(file), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        size = 0;
        durable = new Position(file, 0);
        forceDone.signalAll();
    }

    /** Where the entries on disk end. */
    Position end() {
        lock.lock();
        try {
            return durable;
        } finally {
            lock.unlock();
        }
    }

    /** The number of the oldest file kept. */
    long firstFile() throws IOException {
        TreeMap<Long, Path> files = files();
        return files.isEmpty() ? end().file() : files.firstKey();
    }

    /**
     * Up to {@code max} entries on disk from {@code from}. A file before the current one is
     * complete, and a read past its end moves on to the next file; a read from a file that is no
     * longer there moves on to the oldest file kept.
     */
    Batch read(Position from, int max) throws IOException {
        Position end = end();
        if (from.file() > end.file() || from.file() == end.file() && from.offset() >= end.offset()) {
            return new Batch(List.of(), from);
        }
        Path path = path(from.file());
        if (from.file() < end.file() && !Files.exists(path)) {
            return new Batch(List.of(), new Position(firstFile(), 0)); // removed by hand: nothing left to read in it
        }
        long limit = from.file() == end.file() ? end.offset() : Files.size(path);
        if (from.offset() >= limit) {
            return new Batch(List.of(), new Position(from.file() + 1, 0));
        }
        List<Entry> entries = new ArrayList<>();
        long offset = from.offset();
        try (FileChannel in = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(READ_BYTES, limit - offset));
            while (buffer.hasRemaining() && in.read(buffer, offset + buffer.position()) > 0) {
                // read on
            }
            byte[] bytes = buffer.array();
            int start = 0;
            for (int i = 0; i < buffer.position() && entries.size() < max; i++) {
                if (bytes[i] == '\n') {
                    entries.add(decode(bytes, start, i, path, offset + start));
                    start = i + 1;
                }
            }
            if (start == 0 && buffer.position() > 0) {
                throw new IOException(path + " has a line longer than " + READ_BYTES + " bytes at " + offset);
            }
            offset += start;
        }
        return new Batch(entries, new Position(from.file(), offset));
    }

    /** Deletes the files before {@code file}: everything in them is in the database. */
    void deleteBefore(long file) throws IOException {
        for (Path old : files().headMap(file).values()) {
            Files.deleteIfExists(old);
        }
    }

    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            out.close();
        } finally {
            lock.unlock();
        }
    }

    private Path path(long n) {
        return dir.resolve("journal-" + n + ".log");
    }

    private TreeMap<Long, Path> files() throws IOException {
        TreeMap<Long, Path> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.forEach(p -> {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches()) {
                    files.put(Long.parseLong(m.group(1)), p);
                }
            });
        }
        return files;
    }

    /** The length of the file's whole, undamaged lines from its start. */
    private static long validLength(FileChannel channel) throws IOException {
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

    static byte[] encode(Entry e) {
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

    private static Entry decode(byte[] bytes, int start, int end, Path path, long offset) throws IOException {
        if (!intact(bytes, start, end)) {
            throw new IOException(path + " is damaged at byte " + offset);
        }
        String[] fields = new String(bytes, start, end - 9 - start, StandardCharsets.UTF_8).split("\t", -1);
        if (fields.length != 5) {
            throw new IOException(path + " has a line of " + fields.length + " fields at byte " + offset);
        }
        return new Entry(Long.parseLong(fields[0]), unescape(fields[1]), unescape(fields[2]), unescape(fields[3]),
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
