package org.branchdesk.platform.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.branchdesk.platform.core.internal.AuditJournal.Batch;
import org.branchdesk.platform.core.internal.AuditJournal.Entry;
import org.branchdesk.platform.core.internal.AuditJournal.Position;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AuditJournalTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static final long LARGE = 64L << 20;

    @Test
    public void entriesComeBackAsRecordedWithTabsNewlinesBackslashesAndNulls() throws IOException {
        Path dir = folder.getRoot().toPath();
        Entry odd = new Entry(1764547200000L, "teller1", null, "SEARCH", "name\twith\ttabs\nand a newline \\N \\ \r 张三");
        Entry plain = new Entry(1764547200001L, "lobby1", "T001", "IDENTIFY", null);
        try (AuditJournal journal = AuditJournal.open(dir, 1, LARGE)) {
            journal.awaitDurable(journal.append(odd));
            journal.awaitDurable(journal.append(plain));
            assertEquals(List.of(odd, plain), journal.read(new Position(1, 0), 10).entries());
        }
        try (AuditJournal reopened = AuditJournal.open(dir, 1, LARGE)) {
            Batch all = reopened.read(new Position(1, 0), 10);
            assertEquals(List.of(odd, plain), all.entries());
            assertEquals(reopened.end(), all.next());
            assertEquals(List.of(plain), reopened.read(reopened.read(new Position(1, 0), 1).next(), 10).entries());
        }
    }

    @Test
    public void aTornOrDamagedTailIsCutAtOpenAndTheJournalGoesOnAfterIt() throws IOException {
        Path dir = folder.getRoot().toPath();
        Entry first = new Entry(1, "a", "C1", "READ", null);
        try (AuditJournal journal = AuditJournal.open(dir, 1, LARGE)) {
            journal.awaitDurable(journal.append(first));
        }
        Path file = dir.resolve("journal-1.log");
        long whole = Files.size(file);
        // a crash during a write: half a line, then a line whose checksum does not match
        byte[] second = JournalLines.encode(new Entry(2, "b", "C2", "READ", null));
        Files.write(file, java.util.Arrays.copyOf(second, second.length / 2), StandardOpenOption.APPEND);
        try (AuditJournal journal = AuditJournal.open(dir, 1, LARGE)) {
            assertEquals(new Position(1, whole), journal.end());
            assertEquals(whole, Files.size(file));
        }
        Files.write(file, "2\tb\tC2\tREAD\t\\N\t00000000\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        Entry third = new Entry(3, "c", "C3", "VIEW", null);
        try (AuditJournal journal = AuditJournal.open(dir, 1, LARGE)) {
            assertEquals(whole, Files.size(file));
            journal.awaitDurable(journal.append(third));
            assertEquals(List.of(first, third), journal.read(new Position(1, 0), 10).entries());
        }
    }

    @Test
    public void onlyEntriesOnDiskAreReadForCopying() throws IOException {
        try (AuditJournal journal = AuditJournal.open(folder.getRoot().toPath(), 1, LARGE)) {
            long n = journal.append(new Entry(1, "a", "C1", "READ", null));
            assertTrue(journal.read(new Position(1, 0), 10).entries().isEmpty());
            journal.awaitDurable(n);
            assertEquals(1, journal.read(new Position(1, 0), 10).entries().size());
        }
    }

    @Test
    public void fullFilesRollOverAndAreDeletedOnceCopied() throws IOException {
        Path dir = folder.getRoot().toPath();
        try (AuditJournal journal = AuditJournal.open(dir, 1, 100)) {
            for (int i = 0; i < 10; i++) {
                journal.awaitDurable(journal.append(new Entry(i, "actor", "C" + i, "READ", "detail")));
            }
            assertTrue(journal.end().file() > 3);
            // a reader crosses from each complete file to the next
            List<Entry> read = new ArrayList<>();
            Position at = new Position(1, 0);
            for (Batch b = journal.read(at, 3); !b.next().equals(at); b = journal.read(at, 3)) {
                read.addAll(b.entries());
                at = b.next();
            }
            assertEquals(10, read.size());
            assertEquals(9, read.get(9).at());
            assertEquals(journal.end(), at);
            journal.deleteBefore(at.file());
            assertEquals(at.file(), journal.firstFile());
            assertFalse(Files.exists(dir.resolve("journal-1.log")));
        }
        try (AuditJournal reopened = AuditJournal.open(dir, 1, 100)) {
            assertEquals(reopened.firstFile(), reopened.end().file());
            // a position in a file deleted by hand moves on to the oldest file kept
            assertEquals(new Position(reopened.firstFile(), 0), reopened.read(new Position(2, 40), 10).next());
        }
    }

    @Test
    public void concurrentWritersAllGetTheirEntriesOnDisk() throws Exception {
        Path dir = folder.getRoot().toPath();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (AuditJournal journal = AuditJournal.open(dir, 7, LARGE)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        journal.awaitDurable(journal.append(new Entry(i, "t" + thread, "C" + i, "READ", null)));
                    }
                    return null;
                }));
            }
            for (Future<?> w : writers) {
                w.get();
            }
            assertEquals(7, journal.end().file());
            assertEquals(1600, journal.read(new Position(7, 0), 10_000).entries().size());
        } finally {
            pool.shutdown();
        }
    }
}
