package org.branchdesk.runtime;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The bundles packed into the launcher jar. The build puts every bundle of every tier once under
 * {@code bundles/}, and for each tier a list {@code tiers/<tier>.list} of the file names to
 * install, one a line, with blank lines and {@code #} comments ignored. {@code tiers/demo.list}
 * (optional) names the extra bundles of {@code --demo}.
 *
 * <p>Everything is read through a class loader, so tests can point it at their own resources.
 */
final class BundleSet {

    /** The list of {@code --demo}: an add-on to a tier, not a tier of its own. */
    static final String DEMO = "demo";

    private static final String TIERS = "tiers/";
    private static final String BUNDLES = "bundles/";
    private static final String LIST = ".list";

    private final ClassLoader resources;

    BundleSet(ClassLoader resources) {
        this.resources = Objects.requireNonNull(resources);
    }

    /** The bundles of the jar the launcher runs from. */
    static BundleSet onClassPath() {
        return new BundleSet(BundleSet.class.getClassLoader());
    }

    /**
     * The tiers this jar can start: the names of its {@code tiers/*.list} files, without
     * {@code demo}. Listed rather than hard-coded, so adding a tier to the build is enough.
     */
    Set<String> tiers() {
        Set<String> tiers = new TreeSet<>();
        try {
            for (URL folder : Collections.list(resources.getResources(TIERS))) {
                for (String file : files(folder)) {
                    if (file.endsWith(LIST)) {
                        tiers.add(file.substring(0, file.length() - LIST.length()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + TIERS + " in the jar", e);
        }
        tiers.remove(DEMO);
        return tiers;
    }

    /** The files to install for a tier, in list order: the tier's list, then with demo the demo list if any. */
    List<String> install(String tier, boolean demo) {
        Set<String> files = new LinkedHashSet<>(list(tier));
        if (demo && has(DEMO)) {
            files.addAll(list(DEMO));
        }
        return List.copyOf(files);
    }

    boolean has(String list) {
        return resources.getResource(TIERS + list + LIST) != null;
    }

    /**
     * The bundle file names of one list. Checked against the jar here, before the framework
     * starts, so a broken build fails at once with every missing name rather than half started.
     *
     * @throws IllegalStateException if the list or a bundle it names is not in the jar
     */
    List<String> list(String list) {
        String path = TIERS + list + LIST;
        List<String> files = new ArrayList<>();
        try (InputStream in = resources.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("this jar has no " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                int comment = line.indexOf('#');
                String file = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!file.isEmpty()) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        List<String> missing = files.stream().filter(file -> resources.getResource(BUNDLES + file) == null).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(path + " names bundles that are not in " + BUNDLES + " of this jar: " + String.join(", ", missing));
        }
        return files;
    }

    /** Opens one bundle of the jar; the caller closes the stream. */
    InputStream open(String file) throws IOException {
        InputStream in = resources.getResourceAsStream(BUNDLES + file);
        if (in == null) {
            throw new FileNotFoundException(BUNDLES + file + " is not in this jar");
        }
        return in;
    }

    /** The file names directly in a resource folder, whether it is a directory (tests, IDE) or inside a jar. */
    private static List<String> files(URL folder) throws IOException {
        switch (folder.getProtocol()) {
            case "file": {
                try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
                    return paths.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
                } catch (URISyntaxException e) {
                    throw new IOException("unexpected resource URL " + folder, e);
                }
            }
            case "jar": {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                // a private copy of the jar, so closing it cannot break the shared cached one
                connection.setUseCaches(false);
                String prefix = connection.getEntryName();
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream().map(JarEntry::getName)
                            .filter(name -> name.startsWith(prefix) && name.length() > prefix.length())
                            .map(name -> name.substring(prefix.length()))
                            .filter(name -> !name.contains("/"))
                            .toList();
                }
            }
            default:
                return List.of();
        }
    }
}
