package org.branchdesk.platform.admin.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code deploy/rejected/}: the jars the deploy rules refused, each moved out of FileInstall's
 * sight (so not tried again at every start) with its reason written beside it, for branch IT to
 * read and for {@code /api/health} to list.
 */
final class RejectedJars {

    static final String REJECTED = "rejected";
    static final String REASON_SUFFIX = ".reason.txt";
    private static final Logger LOG = LoggerFactory.getLogger(RejectedJars.class);

    private final Path rejected;

    /** The rejected/ folder of this deploy folder (created when the first jar is set aside). */
    RejectedJars(Path deployFolder) {
        this.rejected = deployFolder.resolve(REJECTED);
    }

    /** The jars set aside, each with the reason written beside it. */
    List<DeployFolder.Rejected> list() {
        if (!Files.isDirectory(rejected)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(rejected)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted()
                    .map(p -> new DeployFolder.Rejected(p.getFileName().toString(), reason(p))).toList();
        } catch (IOException e) {
            return List.of(new DeployFolder.Rejected(REJECTED, "cannot list " + rejected + ": " + e.getMessage()));
        }
    }

    /** Why this file was set aside, if it is in rejected/. */
    Optional<String> reasonFor(String file) {
        Path jar = rejected.resolve(file);
        return Files.isRegularFile(jar) ? Optional.of(reason(jar)) : Optional.empty();
    }

    private static String reason(Path jar) {
        try {
            return Files.readString(jar.resolveSibling(jar.getFileName() + REASON_SUFFIX)).strip();
        } catch (IOException e) {
            return "set aside (no reason recorded)";
        }
    }

    /** Moves a jar to rejected/ with its reason beside it, replacing one set aside earlier under that name. */
    void setAside(Path jar, DeployRules.Refused why) {
        String file = jar.getFileName().toString();
        try {
            Files.createDirectories(rejected);
            Files.writeString(rejected.resolve(file + REASON_SUFFIX), why.field() + ": " + why.getMessage() + "\n");
            Files.move(jar, rejected.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            LOG.error("deploy/{} refused and moved to {}: {}: {}", file, rejected, why.field(), why.getMessage());
        } catch (IOException e) {
            LOG.error("deploy/{} refused ({}: {}) but could not be moved to {}; remove it by hand", file, why.field(), why.getMessage(),
                    rejected, e);
        }
    }
}
