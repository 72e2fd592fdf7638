package org.branchdesk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;

/**
 * How the runtime logs before and while its bundles start: where the log file goes, branch IT's
 * {@code etc/logback.xml}, and which bundles start first so that every other bundle's lines go to
 * the file (docs/branch-it/logging.md).
 */
final class LogSetup {

    /**
     * The logging bundles, started at start level 1, in this order, before every other bundle
     * (level 2), so that a bundle's first line already goes to the log file and not to the
     * console. SPI Fly too: it weaves the bundles that use a ServiceLoader as they load, so it must
     * run before them; it logs through java.util.logging, which Felix Logback bridges.
     */
    static final List<String> LOGGING = List.of("ch.qos.logback.core", "ch.qos.logback.classic", "slf4j.api",
            "org.apache.felix.log", "org.apache.felix.logback", "org.apache.aries.spifly.dynamic.bundle");
    /** Written to etc/ on the first start, then branch IT's to edit (docs/branch-it/logging.md). */
    static final String LOGBACK_XML = "logback.xml";

    private LogSetup() {
    }

    /**
     * Sets the JVM properties Logback reads (a {@code -D} overrides them) and, until the logging
     * bundles install their bridge, holds java.util.logging (SPI Fly's "Registered provider" lines)
     * at warnings; Logback then sets its levels from logback.xml.
     */
    static void prepare(Path data) throws IOException {
        Launcher.setDefault("branchdesk.log.dir", data.resolve("log").toString());
        Launcher.setDefault("logback.configurationFile", logbackConfiguration(data).toString());
        Logger.getLogger("").setLevel(Level.WARNING);
    }

    /** etc/logback.xml, written from the launcher's default if branch IT has none (yet). */
    static Path logbackConfiguration(Path data) throws IOException {
        Path file = data.resolve("etc").resolve(LOGBACK_XML);
        if (!Files.exists(file)) {
            try (InputStream in = Launcher.class.getResourceAsStream(LOGBACK_XML)) {
                if (in == null) {
                    throw new IOException("no default " + LOGBACK_XML + " in the launcher");
                }
                Files.copy(in, file);
            }
        }
        return file;
    }

    /** The bundle's place in {@link #LOGGING}, or after them all. */
    static int rank(Bundle bundle) {
        int rank = LOGGING.indexOf(bundle.getSymbolicName());
        return rank < 0 ? LOGGING.size() : rank;
    }

    /** The logging bundles run at start level 1, every other bundle at 2. */
    static int startLevel(Bundle bundle) {
        return rank(bundle) < LOGGING.size() ? 1 : 2;
    }
}
