package org.branchdesk.platform.core.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The audit log's journal: entries are appended to a file, and {@link #awaitDurable} returns
 * once they are forced to disk. Threads that wait while a force is under way are served by the
 * next one, so one disk sync covers many reads (group commit).
 * <p>
 * Files are {@code journal-<n>.log}, numbered up from 1; a file that reaches {@link #rollBytes}
 * is closed and the next one begun ({@link JournalFiles}). Each entry is one line
 * ({@link JournalLines}) whose CRC-32C tells a whole line from one a crash cut short. Opening
 * drops the last file's incomplete or damaged tail: entries that were never forced, which with
 * a force before each answer means no read they record was shown.
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

    private final JournalFiles files;
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
        this.files = new JournalFiles(dir);
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
        TreeMap<Long, Path> existing = journal.files.files();
        journal.file = existing.isEmpty() ? Math.max(1, firstFile) : existing.lastKey();
        journal.out = FileChannel.open(journal.files.path(journal.file), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        journal.size = JournalLines.validLength(journal.out);
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
        ByteBuffer line = ByteBuffer.wrap(JournalLines.encode(entry));
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
        out = FileChannel.open(files.path(file), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
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
        TreeMap<Long, Path> kept = files.files();
        return kept.isEmpty() ? end().file() : kept.firstKey();
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
        Path path = files.path(from.file());
        if (from.file() < end.file() && !Files.exists(path)) {
            return new Batch(List.of(), new Position(firstFile(), 0)); // removed by hand: nothing left to read in it
        }
        long limit = from.file() == end.file() ? end.offset() : Files.size(path);
        if (from.offset() >= limit) {
            return new Batch(List.of(), new Position(from.file() + 1, 0));
        }
        List<Entry> entries = new ArrayList<>();
        long offset = JournalFiles.readLines(path, from.offset(), limit, max, entries);
        return new Batch(entries, new Position(from.file(), offset));
    }

    /** Deletes the files before {@code file}: everything in them is in the database. */
    void deleteBefore(long file) throws IOException {
        files.deleteBefore(file);
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
}
