package org.branchdesk.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class BundleSetTest {

    @Rule
    public final TemporaryFolder temp = new TemporaryFolder();

    /** Only src/test/resources: a previous package run may have left real lists in target/classes. */
    private final BundleSet bundles = new BundleSet(isolated(testResources()));

    @Test
    public void tiersAreTheListsPresentExceptDemo() {
        assertEquals(Set.of("outlet", "wealth-center"), bundles.tiers());
    }

    @Test
    public void listsSkipCommentsBlankLinesAndWhitespace() {
        assertEquals(List.of("a-1.0.jar", "c-1.0.jar"), bundles.list("wealth-center"));
    }

    @Test
    public void aBundleMissingFromTheJarIsAnErrorNamingIt() {
        String message = assertThrows(IllegalStateException.class, () -> bundles.list("outlet")).getMessage();
        assertTrue(message, message.contains("tiers/outlet.list"));
        assertTrue(message, message.contains("missing-2.0.jar"));
        assertFalse(message, message.contains("a-1.0.jar"));
    }

    @Test
    public void aMissingListIsAnError() {
        assertFalse(bundles.has("moon-base"));
        String message = assertThrows(IllegalStateException.class, () -> bundles.list("moon-base")).getMessage();
        assertTrue(message, message.contains("tiers/moon-base.list"));
    }

    @Test
    public void demoAddsItsBundlesOnceAfterTheTier() {
        assertEquals(List.of("a-1.0.jar", "c-1.0.jar"), bundles.install("wealth-center", false));
        assertEquals(List.of("a-1.0.jar", "c-1.0.jar", "b-1.0.jar"), bundles.install("wealth-center", true));
    }

    @Test
    public void opensBundlesByFileName() throws IOException {
        try (InputStream in = bundles.open("a-1.0.jar")) {
            assertEquals("not a real bundle", new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
        assertThrows(FileNotFoundException.class, () -> bundles.open("missing-2.0.jar"));
    }

    /** As run by java -jar: the lists are entries of a jar, and demo.list may be absent. */
    @Test
    public void readsListsFromAJarWithoutADemoList() throws IOException {
        Path jar = temp.getRoot().toPath().resolve("branchdesk.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "tiers/", "");
            entry(out, "tiers/wealth-center.list", "# resolved\nx-1.0.jar\n");
            entry(out, "tiers/nested/other.list", "");
            entry(out, "bundles/", "");
            entry(out, "bundles/x-1.0.jar", "x");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
            BundleSet packed = new BundleSet(loader);
            assertEquals(Set.of("wealth-center"), packed.tiers());
            assertEquals(List.of("x-1.0.jar"), packed.install("wealth-center", true));
        }
    }

    @Test
    public void noListsNoTiers() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[] { temp.newFolder().toURI().toURL() }, null)) {
            assertTrue(new BundleSet(empty).tiers().isEmpty());
        }
    }

    private static void entry(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private static Path testResources() {
        try {
            return Path.of(BundleSetTest.class.getResource("/tiers/outlet.list").toURI()).getParent().getParent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ClassLoader isolated(Path folder) {
        try {
            // the parent is the bootstrap loader: nothing else on the class path is visible
            return new URLClassLoader(new URL[] { folder.toUri().toURL() }, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
