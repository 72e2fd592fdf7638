package org.branchdesk.platform.admin.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class RejectedJarsTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void aRefusedJarLeavesTheFolderAndKeepsItsReason() throws Exception {
        Path deploy = temp.newFolder("deploy").toPath();
        Path jar = Files.writeString(deploy.resolve("clash.jar"), "not really a jar");
        RejectedJars rejected = new RejectedJars(deploy);

        rejected.setAside(jar, new DeployRules.Refused("Bundle-SymbolicName", "org.branchdesk.platform.core is part of the distribution"));

        assertFalse("out of FileInstall's sight", Files.exists(jar));
        assertTrue(Files.isRegularFile(deploy.resolve("rejected/clash.jar")));
        assertEquals(List.of(new DeployFolder.Rejected("clash.jar",
                "Bundle-SymbolicName: org.branchdesk.platform.core is part of the distribution")), rejected.list());
        assertEquals(Optional.of("Bundle-SymbolicName: org.branchdesk.platform.core is part of the distribution"),
                rejected.reasonFor("clash.jar"));
    }

    @Test
    public void nothingSetAsideListsNothing() throws Exception {
        RejectedJars rejected = new RejectedJars(temp.newFolder("deploy").toPath());
        assertEquals(List.of(), rejected.list());
        assertEquals(Optional.empty(), rejected.reasonFor("any.jar"));
    }

    @Test
    public void aJarWithoutItsReasonSaysSo() throws Exception {
        Path deploy = temp.newFolder("deploy").toPath();
        Files.createDirectories(deploy.resolve("rejected"));
        Files.writeString(deploy.resolve("rejected/old.jar"), "x");
        Files.writeString(deploy.resolve("rejected/notes.txt"), "not a jar");
        assertEquals(List.of(new DeployFolder.Rejected("old.jar", "set aside (no reason recorded)")), new RejectedJars(deploy).list());
    }

    @Test
    public void onlyPlainJarNamesAreTaken() {
        assertTrue(DeployFolder.isJarName("prospecting-1.0.jar"));
        assertTrue(DeployFolder.isJarName("A_b.c.jar"));
        assertFalse(DeployFolder.isJarName(null));
        assertFalse(DeployFolder.isJarName("../core.jar"));
        assertFalse(DeployFolder.isJarName("sub/x.jar"));
        assertFalse(DeployFolder.isJarName(".hidden.jar"));
        assertFalse(DeployFolder.isJarName("x.zip"));
        assertFalse(DeployFolder.isJarName("x.jar\n"));
    }
}
