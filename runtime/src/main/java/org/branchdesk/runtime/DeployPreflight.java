package org.branchdesk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.osgi.framework.Constants;

/**
 * Before the framework starts, the jars of deploy/ that claim a bundle of the distribution are
 * moved to deploy/rejected/ with their reason, as the platform's deploy folder does while the
 * branch runs. Given a jar with the symbolic name and version of an installed bundle, FileInstall
 * updates that bundle in place; at start it may scan the folder a moment before the platform's
 * guard is registered, so the launcher looks first. Of two jars with one symbolic name, the newer
 * is set aside. What is not a bundle at all is left to the platform's guard.
 */
final class DeployPreflight {

    static final String REJECTED = "rejected";
    /** Beside a jar set aside: why, in one line (the platform's deploy folder reads the same file). */
    static final String REASON_SUFFIX = ".reason.txt";

    private DeployPreflight() {
    }

    /**
     * @param distribution the symbolic names of the distribution, asked only if deploy/ holds a jar
     * @return one line per jar set aside, for the user
     */
    static List<String> setAside(Path deploy, Supplier<Set<String>> distribution) throws IOException {
        if (!Files.isDirectory(deploy)) {
            return List.of();
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(deploy)) {
            jars = files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar"))
                    .sorted(Comparator.comparing(DeployPreflight::modified).thenComparing(Path::getFileName)).toList();
        }
        if (jars.isEmpty()) {
            return List.of();
        }
        Set<String> names = distribution.get();
        Map<String, String> deployed = new HashMap<>();
        List<String> told = new ArrayList<>();
        for (Path jar : jars) {
            Attributes main = manifest(jar);
            String name = main == null ? null : name(main.getValue(Constants.BUNDLE_SYMBOLICNAME));
            if (name == null) {
                continue;
            }
            String host = name(main.getValue(Constants.FRAGMENT_HOST));
            String reason = null;
            if (names.contains(name)) {
                reason = Constants.BUNDLE_SYMBOLICNAME + ": " + name + " is a bundle of the branch's own distribution:"
                        + " deploy/ adds bundles, it never replaces one of the distribution's (that is an upgrade of the runtime)";
            } else if (host != null && names.contains(host)) {
                reason = Constants.FRAGMENT_HOST + ": the fragment attaches to " + host + ", a bundle of the branch's own distribution;"
                        + " deploy/ never changes the distribution";
            } else if (deployed.containsKey(name)) {
                reason = Constants.BUNDLE_SYMBOLICNAME + ": " + name + " is already deployed as " + deployed.get(name)
                        + ": replace that file, or remove it first";
            } else {
                deployed.put(name, jar.getFileName().toString());
                continue;
            }
            move(jar, reason);
            told.add("deploy/" + jar.getFileName() + " set aside in deploy/" + REJECTED + "/: " + reason);
        }
        return told;
    }

    /** The symbolic names of the bundles the launcher installs, and the framework's own. */
    static Set<String> symbolicNames(BundleSet bundles, List<String> files) {
        Set<String> names = new HashSet<>(List.of(Constants.SYSTEM_BUNDLE_SYMBOLICNAME, "org.apache.felix.framework"));
        for (String file : files) {
            try (InputStream in = bundles.open(file); JarInputStream jar = new JarInputStream(in, false)) {
                Manifest manifest = jar.getManifest();
                String name = manifest == null ? null : name(manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME));
                if (name != null) {
                    names.add(name);
                }
            } catch (IOException e) {
                // installing it fails the same way a moment later, and says so
            }
        }
        return names;
    }

    private static void move(Path jar, String reason) throws IOException {
        Path rejected = Files.createDirectories(jar.resolveSibling(REJECTED));
        String file = jar.getFileName().toString();
        Files.writeString(rejected.resolve(file + REASON_SUFFIX), reason + "\n");
        Files.move(jar, rejected.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The main attributes as FileInstall reads them (from the first entries), or null. */
    private static Attributes manifest(Path jar) {
        try (InputStream in = Files.newInputStream(jar); JarInputStream entries = new JarInputStream(in, false)) {
            Manifest manifest = entries.getManifest();
            return manifest == null ? null : manifest.getMainAttributes();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String name(String header) {
        if (header == null) {
            return null;
        }
        int semicolon = header.indexOf(';');
        String name = (semicolon < 0 ? header : header.substring(0, semicolon)).strip();
        return name.isEmpty() ? null : name;
    }
}
