package org.branchdesk.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.apache.felix.framework.FrameworkFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/** What the launcher does so that deploy/ cannot replace the distribution, or keep it replaced. */
public class DistributionGuardTest {

    private static final String CORE = "org.branchdesk.platform.core";

    @Rule
    public final TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void aJarClaimingADistributionNameIsSetAsideBeforeStart() throws IOException {
        Path deploy = temp.newFolder("deploy").toPath();
        Files.write(deploy.resolve("x.jar"), jar(CORE, "0.2.0", null));
        Files.write(deploy.resolve("patch.jar"), jar("com.example.patch", "1.0.0", CORE));
        Files.write(deploy.resolve("mine.jar"), jar("com.example.mine", "1.0.0", null));
        Files.write(deploy.resolve("copy.jar"), jar("com.example.mine", "1.1.0", null));
        Files.setLastModifiedTime(deploy.resolve("copy.jar"), FileTime.fromMillis(Files.getLastModifiedTime(deploy.resolve("mine.jar"))
                .toMillis() + 5000));
        Files.write(deploy.resolve("junk.jar"), "not a jar".getBytes());

        List<String> told = DeployPreflight.setAside(deploy, () -> Set.of(CORE, "system.bundle"));

        assertEquals(told.toString(), 3, told.size());
        assertTrue(told.toString(), told.get(0).contains("own distribution") || told.get(1).contains("own distribution"));
        for (String file : List.of("x.jar", "patch.jar", "copy.jar")) {
            assertFalse(file, Files.exists(deploy.resolve(file)));
            assertTrue(file, Files.exists(deploy.resolve("rejected").resolve(file)));
            assertTrue(file, Files.exists(deploy.resolve("rejected").resolve(file + ".reason.txt")));
        }
        assertTrue(Files.readString(deploy.resolve("rejected/x.jar.reason.txt")).startsWith("Bundle-SymbolicName: " + CORE));
        assertTrue(Files.readString(deploy.resolve("rejected/copy.jar.reason.txt")).contains("already deployed as mine.jar"));
        assertTrue(Files.exists(deploy.resolve("mine.jar")));
        assertTrue("not a bundle: left to the platform's guard", Files.exists(deploy.resolve("junk.jar")));
    }

    @Test
    public void anEmptyDeployFolderCostsNothing() throws IOException {
        Path deploy = temp.newFolder("empty").toPath();
        assertEquals(List.of(), DeployPreflight.setAside(deploy, () -> {
            throw new AssertionError("the distribution's names were read for an empty folder");
        }));
        assertEquals(List.of(), DeployPreflight.setAside(deploy.resolve("absent"), Set::of));
    }

    @Test
    public void theDistributionsNamesComeFromItsJars() throws IOException {
        assertTrue(DeployPreflight.symbolicNames(packed(), List.of("core.jar")).containsAll(Set.of(CORE, "system.bundle")));
    }

    /** The attack on a branch of before: the core replaced in the cache, and every restart reusing the cache. */
    @Test
    public void aDistributionBundleReplacedInTheCacheIsPutBackFromTheJar() throws Exception {
        Path storage = temp.newFolder("felix-cache").toPath();
        BundleSet bundles = packed();
        List<String> files = List.of("core.jar");

        Framework first = framework(storage, true);
        Bundle core = BundleCache.install(first.getBundleContext(), bundles, files, Long.MAX_VALUE).get(0);
        long installedAt = System.currentTimeMillis();
        assertEquals("the real one", core.getHeaders().get("Bundle-Name"));
        Thread.sleep(5); // lastModified has millisecond resolution
        core.update(new ByteArrayInputStream(jar(CORE, "0.2.0", null)));
        assertEquals(null, core.getHeaders().get("Bundle-Name"));
        stop(first);

        Framework again = framework(storage, false);
        Bundle cached = again.getBundleContext().getBundle("branchdesk:core.jar");
        assertEquals("the cache kept the impostor", null, cached.getHeaders().get("Bundle-Name"));
        Bundle restored = BundleCache.install(again.getBundleContext(), bundles, files, installedAt).get(0);
        assertEquals(cached.getBundleId(), restored.getBundleId());
        assertEquals("the real one", restored.getHeaders().get("Bundle-Name"));
        long checked = System.currentTimeMillis();
        stop(again);

        Framework third = framework(storage, false);
        Bundle untouched = third.getBundleContext().getBundle("branchdesk:core.jar");
        long modified = untouched.getLastModified();
        assertEquals(untouched, BundleCache.install(third.getBundleContext(), bundles, files, checked).get(0));
        assertEquals("a bundle not changed since is reused as it is", modified, untouched.getLastModified());
        stop(third);
    }

    @Test
    public void theStampSaysWhenTheListWasInstalled() {
        assertEquals(42, BundleCache.installedAt("jar x 1 2\na.jar\ninstalled 42\n", "jar x 1 2\na.jar\n"));
        assertEquals(-1, BundleCache.installedAt("jar x 1 2\na.jar\n", "jar x 1 2\na.jar\n")); // a stamp of before: no reuse
        assertEquals(-1, BundleCache.installedAt("jar y 1 2\na.jar\ninstalled 42\n", "jar x 1 2\na.jar\n"));
        assertEquals(-1, BundleCache.installedAt(null, "jar x 1 2\na.jar\n"));
        assertEquals(-1, BundleCache.installedAt("jar x 1 2\na.jar\ninstalled soon\n", "jar x 1 2\na.jar\n"));
    }

    private BundleSet packed() throws IOException {
        Path root = temp.newFolder().toPath();
        Files.createDirectories(root.resolve("bundles"));
        Manifest manifest = manifest(CORE, "0.2.0", null);
        manifest.getMainAttributes().putValue("Bundle-Name", "the real one");
        try (OutputStream out = Files.newOutputStream(root.resolve("bundles/core.jar")); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new JarEntry("org/branchdesk/platform/core/real.txt"));
            jar.write("code".getBytes());
        }
        return new BundleSet(new URLClassLoader(new URL[] { root.toUri().toURL() }, null));
    }

    private static Framework framework(Path storage, boolean clean) throws Exception {
        Map<String, String> properties = clean
                ? Map.of(Constants.FRAMEWORK_STORAGE, storage.toString(), Constants.FRAMEWORK_STORAGE_CLEAN,
                        Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT)
                : Map.of(Constants.FRAMEWORK_STORAGE, storage.toString());
        Framework framework = new FrameworkFactory().newFramework(properties);
        framework.init();
        return framework;
    }

    private static void stop(Framework framework) throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    private static Manifest manifest(String symbolicName, String version, String host) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        if (host != null) {
            main.putValue("Fragment-Host", host);
        }
        return manifest;
    }

    private static byte[] jar(String symbolicName, String version, String host) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JarOutputStream(bytes, manifest(symbolicName, version, host)).close();
        return bytes.toByteArray();
    }
}
