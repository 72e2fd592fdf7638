package org.branchdesk.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Data folders for the frameworks and runtimes the tests start: under {@code target/test-data},
 * and removed when the test JVM ends (a run left 20 folders and about 0.5 GB in the system's
 * temporary folder before). {@code -Dbranchdesk.keepTestData=true} keeps them to look at.
 */
final class TestFolders {

    private static final Path ROOT = Path.of(System.getProperty("branchdesk.testData", "target/test-data"));
    private static final List<Path> CREATED = new CopyOnWriteArrayList<>();

    static {
        // after the last test: every framework has stopped and every launched runtime was killed
        Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(TestFolders::delete), "test-data-cleanup"));
    }

    private TestFolders() {
    }

    /** A new empty folder whose name starts with the prefix. */
    static Path create(String prefix) {
        try {
            Path folder = Files.createTempDirectory(Files.createDirectories(ROOT), prefix).toAbsolutePath();
            if (!Boolean.getBoolean("branchdesk.keepTestData")) {
                CREATED.add(folder);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort at exit: a folder left behind is under target/, removed by mvn clean
        }
    }
}
