package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The packed runtime with something in deploy/ while it was stopped: a jar claiming the platform
 * core is set aside before the framework starts, and {@code --safe} starts the branch without
 * what deploy/ holds, until the next ordinary start takes it again.
 */
public class SafeStartTest {

    private static final String ADMIN_PASSWORD = "safe-start-Branchdesk-2026";
    private static final String CORE = "org.branchdesk.platform.core";

    private final List<Process> started = new ArrayList<>();

    @After
    public void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    public void aCoreImpostorInDeployIsSetAsideAndSafeStartLeavesDeployOut() throws Exception {
        Path data = TestFolders.create("branchdesk-safe-");
        Path deploy = Files.createDirectories(data.resolve("deploy"));
        Files.write(deploy.resolve("x.jar"), HotDeployTestBundles.manifestOnly(CORE, "0.2.0.SNAPSHOT"));
        Files.write(deploy.resolve("harmless.jar"), HotDeployTestBundles.manifestOnly("com.example.harmless", "1.0.0"));
        int port = RuntimeProcess.freePort();
        Http http = new Http(port);

        RuntimeProcess first = start(data, port);
        assertTrue(first.output(), first.output().contains("deploy/x.jar set aside in deploy/rejected/"));
        assertFalse(Files.exists(deploy.resolve("x.jar")));
        assertTrue(Files.exists(deploy.resolve("rejected/x.jar")));
        JsonNode health = http.awaitHealthy(Duration.ofSeconds(30));
        assertTrue(health.toString(), health.get("rejectedDeployments").toString().contains("own distribution"));
        String admin = http.login("admin", ADMIN_PASSWORD);
        assertEquals("ACTIVE", awaitDeployed(http, admin, "ACTIVE").get("bundle").get("state").asText());
        stop(first);

        RuntimeProcess safe = start(data, port, "--safe");
        assertTrue(safe.output(), safe.output().contains("safe: without deploy/"));
        http.awaitHealthy(Duration.ofSeconds(30));
        admin = http.login("admin", ADMIN_PASSWORD);
        JsonNode listed = http.get("admin/deploy", admin).json();
        assertEquals(listed.toString(), "harmless.jar", listed.get(0).get("file").asText());
        assertTrue("not installed in a safe start: " + listed, !listed.get(0).hasNonNull("bundle"));
        assertFalse(http.get("admin/modules", admin).body().contains("com.example.harmless"));
        Http.Reply refused = http.put("admin/deploy/other.jar", admin, "application/java-archive",
                HotDeployTestBundles.manifestOnly("com.example.other", "1.0.0"));
        assertEquals(refused.toString(), 409, refused.status());
        assertTrue(refused.body(), refused.body().contains("--safe"));
        assertTrue("deploy/ is left as it is", Files.exists(deploy.resolve("harmless.jar")));
        stop(safe);

        RuntimeProcess again = start(data, port);
        assertFalse(again.output(), again.output().contains("safe: without deploy/"));
        awaitDeployed(http, http.login("admin", ADMIN_PASSWORD), "ACTIVE");
        stop(again);
    }

    /** The first file of deploy/ once its bundle is in the given state. */
    private static JsonNode awaitDeployed(Http http, String admin, String state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode listed = http.get("admin/deploy", admin).json();
        while (!listed.toString().contains("\"state\":\"" + state + "\"") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            listed = http.get("admin/deploy", admin).json();
        }
        assertTrue(listed.toString(), listed.toString().contains("\"state\":\"" + state + "\""));
        return listed.get(0);
    }

    private static void stop(RuntimeProcess running) throws InterruptedException {
        running.process().destroy(); // SIGTERM, as Ctrl-C
        assertTrue("clean shutdown within 30 s", running.process().waitFor(30, TimeUnit.SECONDS));
    }

    /** Starts the packed jar and returns once it prints that it is ready. */
    private RuntimeProcess start(Path data, int port, String... more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("branchdesk.jar", "../runtime/target/branchdesk.jar"), "--port", String.valueOf(port), "--data",
                data.toString()));
        command.addAll(List.of(more));
        return RuntimeProcess.start(new ProcessBuilder(command), ADMIN_PASSWORD, started);
    }
}
