package org.branchdesk.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The bundles packed in the launcher jar: {@code /bundles/*.jar}, and per deployment a list
 * {@code /tiers/<name>.list} of file names, one a line ({@code #} comments and blank lines
 * ignored). {@code demo.list} names the extra bundles of {@code --demo}.
 */
final class BundleSet {

    static final String DEMO = "demo";
    private static final List<String> KNOWN_TIERS = List.of("wealth-center", "vip-center", "outlet", "convenience-store");

    private final Function<String, InputStream> resources;

    /** @param resources opens a resource of the jar by absolute path, or returns null */
    BundleSet(Function<String, InputStream> resources) {
        this.resources = resources;
    }

    /** The tiers this jar can start. */
    Set<String> tiers() {
        Set<String> tiers = new TreeSet<>();
        for (String tier : KNOWN_TIERS) {
            try (InputStream in = resources.apply("/tiers/" + tier + ".list")) {
                if (in != null) {
                    tiers.add(tier);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tiers;
    }

    /** The bundle file names of a list; a named bundle that is not in the jar is an error. */
    List<String> list(String name) {
        List<String> files = new ArrayList<>();
        try (InputStream in = resources.apply("/tiers/" + name + ".list")) {
            if (in == null) {
                return files;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                String file = line.trim();
                if (file.isEmpty() || file.startsWith("#")) {
                    continue;
                }
                try (InputStream bundle = resources.apply("/bundles/" + file)) {
                    if (bundle == null) {
                        throw new IllegalStateException(name + ".list names " + file + ", which is not in this jar");
                    }
                }
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    InputStream open(String file) {
        return resources.apply("/bundles/" + file);
    }
}
