package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.After;
import org.junit.Test;

/**
 * The packed runtime's logging as branch IT sees it (docs/branch-it/logging.md): the console
 * shows Branchdesk's own lines and problems only; everything else goes to
 * {@code <data>/log/branchdesk.log}, at the levels of {@code <data>/etc/logback.xml}, which
 * takes a raised level without a restart.
 */
public class LoggingTest {

    private static final String ADMIN_PASSWORD = "logging-test-branchdesk-pw";
    /** Jetty's request handling, through slf4j: a DEBUG line for each request once raised. */
    private static final String RAISED = "org.eclipse.jetty.server.HttpChannel";

    private final List<Process> started = new ArrayList<>();

    @After
    public void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    public void theConsoleShowsBranchdeskTheFileShowsEverythingAndALevelIsRaisedInEtc() throws Exception {
        Path data = TestFolders.create("branchdesk-logging-");
        int port = RuntimeProcess.freePort();
        RuntimeProcess branch = RuntimeProcess.start(new ProcessBuilder(java(), "-jar", jar().toString(), "--tier",
                "convenience-store", "--port", String.valueOf(port), "--data", data.toString()), ADMIN_PASSWORD, started);
        Http http = new Http(port);
        assertEquals(200, http.get("health", null).status());

        String console = branch.output();
        // Branchdesk's own lines: where it listens, its data, its modules' INFO lines
        assertTrue(console, console.contains("listening on http://localhost:" + port + "/api"));
        assertTrue(console, console.contains("Watching " + data.resolve("deploy")));
        // and none of the libraries' chatter
        for (String noise : List.of("[DEBUG]", "DEBUG", "Registered provider", "jetty-9", "Started Jetty", "BundleEvent",
                "CXFActivator", "Logging initialized")) {
            assertFalse("'" + noise + "' on the console:\n" + console, console.contains(noise));
        }

        // the file has the fuller log: SPI Fly (java.util.logging), Felix HTTP (Log Service),
        // Jetty (slf4j), Branchdesk's own; at INFO, so no DEBUG line yet
        Path log = data.resolve("log/branchdesk.log");
        String file = awaitInFile(log, Pattern.compile("Started Jetty"));
        for (String line : List.of("org.apache.aries.spifly.BaseActivator - Registered provider", "LogService.org.apache.felix.http.jetty",
                "org.eclipse.jetty.server.Server - jetty-9", "org.branchdesk.platform.admin.internal.DeployFolder - Watching")) {
            assertTrue("'" + line + "' in the log file:\n" + file, file.contains(line));
        }
        assertFalse(file, Pattern.compile(" DEBUG ").matcher(file).find());

        // branch IT raises one package's level in etc/logback.xml; the running branch takes it
        Path config = data.resolve("etc/logback.xml");
        assertTrue("the default configuration is written on the first start", Files.isRegularFile(config));
        String xml = Files.readString(config);
        Files.writeString(config, xml.replace("<root level=", "<logger name=\"" + RAISED + "\" level=\"DEBUG\"/>\n  <root level="));
        Pattern debug = Pattern.compile(" DEBUG .*" + Pattern.quote(RAISED));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!debug.matcher(Files.readString(log)).find() && System.nanoTime() < deadline) {
            http.get("health", null); // a request for Jetty to log about
            Thread.sleep(500);
        }
        file = Files.readString(log);
        assertTrue("DEBUG lines of " + RAISED + " in the log file after raising its level", debug.matcher(file).find());
        // only that package: the rest of Jetty stays at INFO
        assertFalse(file, Pattern.compile(" DEBUG .*org\\.eclipse\\.jetty\\.server\\.Server ").matcher(file).find());
        // and still not on the console
        assertFalse(branch.output(), branch.output().contains("DEBUG"));

        branch.process().destroy();
        assertTrue("clean shutdown within 30 s", branch.process().waitFor(30, TimeUnit.SECONDS));
    }

    /** The log file's text once it matches (Logback writes as lines come; 60 s at most). */
    private static String awaitInFile(Path log, Pattern expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(log) && expected.matcher(Files.readString(log)).find()) {
                return Files.readString(log);
            }
            Thread.sleep(200);
        }
        throw new AssertionError(expected + " not in " + log + (Files.isRegularFile(log) ? ":\n" + Files.readString(log) : " (no file)"));
    }

    private static Path jar() {
        return Path.of(System.getProperty("branchdesk.jar", "../runtime/target/branchdesk.jar"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
