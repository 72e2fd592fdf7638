package org.branchdesk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * The bundle cache of the last start, and whether it may be reused: a start that runs the same jar
 * with the same bundle list takes the installed bundles as they are, as installing them anew is a
 * good part of a start.
 */
final class BundleCache {

    /** Beside the bundle cache: what it was made from (see {@link #key}). */
    static final String STAMP = "felix-cache.stamp";
    /** Prefix of bundle locations; the file name keeps them readable in diagnostics. */
    private static final String LOCATION = "branchdesk:";
    /** The stamp's last line: when the bundles of the list were last installed or checked. */
    private static final String INSTALLED = "installed ";
    private BundleCache() {
    }

    /** The stamp's text once this start has installed everything from the list of {@code key}. */
    static String stamp(String key) {
        return key + INSTALLED + System.currentTimeMillis() + "\n";
    }

    /**
     * What the bundle cache must have been made from to be reused: this jar (path, size, time)
     * and the list of bundles started from it. None when the launcher does not run from a jar.
     */
    static String key(List<String> files) throws IOException {
        URL code = BundleCache.class.getProtectionDomain().getCodeSource().getLocation();
        Path jar;
        try {
            jar = Path.of(code.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
        if (!Files.isRegularFile(jar)) {
            return null; // classes of an IDE or a test: always a clean cache
        }
        return "jar " + jar.toAbsolutePath() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + "\n"
                + String.join("\n", files) + "\n";
    }

    /**
     * Installs the files of the list; a bundle already in a reused cache is taken as it is (a
     * same location install returns the installed bundle), so the list, not the cache, decides.
     * A cached bundle changed since the launcher last installed or checked the list (updated in
     * place while the branch ran: the distribution's own bundle replaced) is put back from the jar.
     *
     * @param installedAt when the cache's bundles were last installed from this jar
     */
    static List<Bundle> install(BundleContext context, BundleSet bundles, List<String> files, long installedAt) throws IOException {
        List<Bundle> installed = new ArrayList<>();
        for (String file : files) {
            Bundle cached = context.getBundle(LOCATION + file);
            if (cached != null && cached.getLastModified() <= installedAt) {
                installed.add(cached);
                continue;
            }
            try (InputStream in = bundles.open(file)) {
                if (cached != null) {
                    System.err.println("branchdesk: " + cached.getSymbolicName() + " (" + file + ") was changed in the bundle cache"
                            + " since this jar installed it; put back from the jar");
                    cached.update(in);
                    installed.add(cached);
                } else {
                    installed.add(context.installBundle(LOCATION + file, in));
                }
            } catch (BundleException e) {
                // like a bundle that does not start: report and go on; /api/health shows what is missing
                System.err.println("branchdesk: cannot install " + file + ": " + Launcher.reason(e));
            }
        }
        return installed;
    }

    /** When the stamp says the list was installed, or -1 if the stamp is missing or of another jar or list. */
    static long installedAt(String stamp, String key) {
        if (stamp == null || key == null || !stamp.startsWith(key) || !stamp.substring(key.length()).startsWith(INSTALLED)) {
            return -1;
        }
        try {
            return Long.parseLong(stamp.substring(key.length() + INSTALLED.length()).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
