package org.branchdesk.platform.admin.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Version;

public class DeployRulesTest {

    private static final String CORE = "org.branchdesk.platform.core";
    private static final DeployRules.Taken TAKEN = new DeployRules.Taken(Set.of(CORE, "system.bundle"),
            Map.of("com.example.prospecting", "prospecting.jar"));

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void aBundleIsRead() throws Exception {
        DeployRules.Declared d = DeployRules.read(jar(manifest("com.example.a;singleton:=true", "1.2.3")));
        assertEquals("com.example.a", d.symbolicName());
        assertEquals(new Version(1, 2, 3), d.version());
        assertNull(d.fragmentHost());
        DeployRules.checkNames(d, "a.jar", TAKEN); // nothing taken: passes
    }

    /** The attacker's jar: nothing but a manifest claiming the platform core. */
    @Test
    public void theDistributionsOwnNameIsRefused() throws Exception {
        DeployRules.Declared impostor = DeployRules.read(jar(manifest(CORE, "0.2.0.SNAPSHOT")));
        DeployRules.Refused refused = assertThrows(DeployRules.Refused.class, () -> DeployRules.checkNames(impostor, "x.jar", TAKEN));
        assertEquals("Bundle-SymbolicName", refused.field());
        assertTrue(refused.getMessage(), refused.getMessage().contains(CORE + " is a bundle of the branch's own distribution"));
    }

    @Test
    public void aFragmentOfADistributionBundleIsRefused() throws Exception {
        Manifest m = manifest("com.example.patch", "1.0.0");
        m.getMainAttributes().putValue("Fragment-Host", CORE + ";bundle-version=\"[0,1)\"");
        DeployRules.Declared fragment = DeployRules.read(jar(m));
        assertEquals(CORE, fragment.fragmentHost());
        assertEquals("Fragment-Host", assertThrows(DeployRules.Refused.class,
                () -> DeployRules.checkNames(fragment, "patch.jar", TAKEN)).field());
        Manifest extension = manifest("com.example.ext", "1.0.0");
        extension.getMainAttributes().putValue("Fragment-Host", "system.bundle; extension:=framework");
        assertEquals("Fragment-Host", assertThrows(DeployRules.Refused.class,
                () -> DeployRules.checkNames(DeployRules.read(jar(extension)), "ext.jar", TAKEN)).field());
    }

    @Test
    public void aNameDeployedFromAnotherFileIsRefusedButTheSameFileIsAnUpdate() throws Exception {
        DeployRules.Declared again = DeployRules.read(jar(manifest("com.example.prospecting", "2.0.0")));
        DeployRules.Refused refused = assertThrows(DeployRules.Refused.class, () -> DeployRules.checkNames(again, "copy.jar", TAKEN));
        assertEquals("Bundle-SymbolicName", refused.field());
        assertTrue(refused.getMessage(), refused.getMessage().contains("already deployed as prospecting.jar"));
        DeployRules.checkNames(again, "prospecting.jar", TAKEN);
    }

    @Test
    public void garbageIsNotAJar() throws Exception {
        Path garbage = temp.newFile("garbage.jar").toPath();
        Files.write(garbage, "this is not a jar at all".getBytes());
        DeployRules.Refused refused = assertThrows(DeployRules.Refused.class, () -> DeployRules.read(garbage));
        assertEquals("body", refused.field());
        assertTrue(refused.getMessage(), refused.getMessage().startsWith("not a jar"));
        assertFalse(refused.getMessage(), refused.getMessage().contains("Exception"));
        assertEquals("body", assertThrows(DeployRules.Refused.class, () -> DeployRules.read(temp.newFile("empty.jar").toPath())).field());
    }

    @Test
    public void aZipWithoutManifestOrWithItLateIsRefused() throws Exception {
        Path none = temp.newFile("none.jar").toPath();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(none))) {
            zip.putNextEntry(new ZipEntry("a.txt"));
            zip.write('a');
        }
        assertTrue(assertThrows(DeployRules.Refused.class, () -> DeployRules.read(none)).getMessage().contains("no META-INF/MANIFEST.MF"));

        Path late = temp.newFile("late.jar").toPath();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(late))) {
            zip.putNextEntry(new ZipEntry("a.txt"));
            zip.write('a');
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            manifest("com.example.late", "1").write(zip);
        }
        assertTrue(assertThrows(DeployRules.Refused.class, () -> DeployRules.read(late)).getMessage().contains("not the first entry"));
    }

    @Test
    public void bundleHeadersAreChecked() throws Exception {
        Manifest noName = manifest("x", "1");
        noName.getMainAttributes().remove(new Attributes.Name("Bundle-SymbolicName"));
        assertEquals("Bundle-SymbolicName", refusal(noName).field());
        assertEquals("Bundle-SymbolicName", refusal(manifest(" ;singleton:=true", "1")).field());
        assertEquals("Bundle-SymbolicName", refusal(manifest("com.example/evil", "1")).field());
        assertEquals("Bundle-SymbolicName", refusal(manifest("com..example", "1")).field());
        assertEquals("Bundle-Version", refusal(manifest("com.example.a", "1.x")).field());
        Manifest r3 = manifest("com.example.a", "1");
        r3.getMainAttributes().remove(new Attributes.Name("Bundle-ManifestVersion"));
        assertEquals("Bundle-ManifestVersion", refusal(r3).field());
        assertEquals(new Version(0, 0, 0), DeployRules.read(jar(manifest("com.example.a", null))).version());
    }

    @Test
    public void classNamesAreTakenOutOfFrameworkMessages() {
        assertEquals("Bundle-Version: invalid version \"1.x\"",
                DeployJudge.readable(new Exception("Bundle-Version: java.lang.IllegalArgumentException: invalid version \"1.x\"")));
        assertEquals("Unable to parse header", DeployJudge.readable(new Exception("Unable to parse header")));
    }

    private DeployRules.Refused refusal(Manifest manifest) throws IOException {
        Path jar = jar(manifest);
        return assertThrows(DeployRules.Refused.class, () -> DeployRules.read(jar));
    }

    private static Manifest manifest(String symbolicName, String version) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        if (version != null) {
            main.putValue("Bundle-Version", version);
        }
        return manifest;
    }

    private Path jar(Manifest manifest) throws IOException {
        Path jar = temp.newFile().toPath();
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            // the manifest alone, as the attacker's 277 bytes
        }
        return jar;
    }
}
