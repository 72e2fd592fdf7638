package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/** Branch IT's Gogo commands, run as the shell runs them. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShellTest extends BranchdeskTestSupport {

    private String run(String command) throws Exception {
        CommandProcessor processor = context.getService(context.getServiceReference(CommandProcessor.class));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, "UTF-8");
                CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), print, print)) {
            Object result = session.execute(command);
            return out.toString("UTF-8") + (result == null ? "" : String.valueOf(result));
        }
    }

    @Test
    public void tierHealthModulesAndConfiguration() throws Exception {
        String tier = run("branchdesk:tier");
        assertTrue(tier, tier.contains("tier WEALTH_CENTER"));
        assertTrue(tier, tier.contains("complaint, counter, customer, customer-segment-history, lobby, marketing, platform, relationship"));
        String health = run("branchdesk:health");
        assertTrue(health, health.startsWith("UP"));
        String modules = run("branchdesk:modules");
        assertTrue(modules, modules.contains("ACTIVE     org.branchdesk.lobby.impl"));
        String config = run("branchdesk:config org.branchdesk.lobby");
        assertTrue(config, config.contains("maxWaitBehindPremiumSeconds    Long      = 600  (default)"));
        assertTrue(config, config.contains("Routing table, first match wins"));
        String all = run("branchdesk:config");
        for (String pid : new String[] { "org.branchdesk.branch", "org.branchdesk.complaint", "org.branchdesk.customer",
                "org.branchdesk.customer.segmentation", "org.branchdesk.database", "org.branchdesk.lobby", "org.branchdesk.security" }) {
            assertTrue(pid + " missing from:\n" + all, all.contains(pid + " — "));
        }
        String password = Arrays.stream(all.split("\n")).filter(l -> l.startsWith("  password ")).findFirst().orElseThrow();
        // the database's password is never printed: empty by default on Derby, set (and masked) on PostgreSQL
        assertTrue(password, password.matches(onPostgres() ? "  password +Password += \\*{8}" : "  password +Password +=  +\\(default\\)"));
    }

    @Test
    public void bundlesAreListedStoppedStartedInstalledAndUninstalled() throws Exception {
        String bundles = run("branchdesk:bundles");
        assertTrue(bundles, bundles.contains("org.branchdesk.complaint.impl"));

        String stopped = run("branchdesk:stop org.branchdesk.complaint.impl");
        assertTrue(stopped, stopped.contains("RESOLVED org.branchdesk.complaint.impl"));
        http.awaitHealthy(java.time.Duration.ofSeconds(20));
        assertEquals(404, http.get("complaints", admin()).status());
        String started = run("branchdesk:start org.branchdesk.complaint.impl");
        assertTrue(started, started.contains("ACTIVE org.branchdesk.complaint.impl"));
        http.awaitHealthy(java.time.Duration.ofSeconds(20));

        Path broken = data().resolve("broken.jar");
        Files.write(broken, HotDeployTestBundles.withImport("com.example.broken", "com.example.nowhere"));
        String install = run("branchdesk:install " + broken);
        assertTrue(install, install.contains("INSTALLED com.example.broken 1.0.0"));
        assertTrue(install, install.contains("osgi.wiring.package=com.example.nowhere"));
        assertTrue(run("branchdesk:bundles"), run("branchdesk:bundles").contains("missing osgi.wiring.package"));
        assertEquals(200, http.get("health", null).status()); // an unresolved extra bundle is not a module: the branch is well
        String uninstall = run("branchdesk:uninstall com.example.broken");
        assertEquals("uninstalled com.example.broken 1.0.0", uninstall.trim());
        assertTrue(Arrays.stream(context.getBundles()).map(Bundle::getSymbolicName).noneMatch("com.example.broken"::equals));
    }
}
