package org.branchdesk.platform.core.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of the {@link AuditJournal} in its folder, {@code journal-<n>.log} numbered up from 1:
 * naming, listing, deleting the old ones, and reading whole lines from one of them.
 */
final class JournalFiles {

    private static final Pattern NAME = Pattern.compile("journal-(\\d+)\\.log");

    private final Path dir;

    JournalFiles(Path dir) {
        this.dir = dir;
    }

    Path path(long n) {
        return dir.resolve("journal-" + n + ".log");
    }

    /** The journal's files by number. */
    TreeMap<Long, Path> files() throws IOException {
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

    /** Deletes the files before {@code file}. */
    void deleteBefore(long file) throws IOException {
        for (Path old : files().headMap(file).values()) {
            Files.deleteIfExists(old);
        }
    }

    /**
     * Up to {@code max} whole lines of {@code path} from {@code offset}, not past {@code limit},
     * added to {@code entries}.
     *
     * @return the offset after the last line read
     */
    static long readLines(Path path, long offset, long limit, int max, List<AuditJournal.Entry> entries) throws IOException {
        try (FileChannel in = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(JournalLines.READ_BYTES, limit - offset));
            while (buffer.hasRemaining() && in.read(buffer, offset + buffer.position()) > 0) {
                // read on
            }
            byte[] bytes = buffer.array();
            int start = 0;
            for (int i = 0; i < buffer.position() && entries.size() < max; i++) {
                if (bytes[i] == '\n') {
                    entries.add(JournalLines.decode(bytes, start, i, path, offset + start));
                    start = i + 1;
                }
            }
            if (start == 0 && buffer.position() > 0) {
                throw new IOException(path + " has a line longer than " + JournalLines.READ_BYTES + " bytes at " + offset);
            }
            return offset + start;
        }
    }
}
