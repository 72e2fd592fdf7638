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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The packed runtime as a user runs it: {@code runtime/branchdesk}, the launcher script. Data
 * committed before a clean stop, and before a crash (SIGKILL), is there after the next start.
 */
public class RuntimeRestartTest {

    private static final String ADMIN_PASSWORD = "restart-test-branchdesk-pw";

    private final List<Process> started = new ArrayList<>();

    @After
    public void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    public void committedDataSurvivesARestartAndACrash() throws Exception {
        Path data = TestFolders.create("branchdesk-restart-");
        int port = RuntimeProcess.freePort();
        Http http = new Http(port);

        // branch IT's configuration file, read by the runtime at start
        Files.createDirectories(data.resolve("etc"));
        Files.writeString(data.resolve("etc/org.branchdesk.branch.cfg"), "id=110-0042\nname=Haidian Road\nparentSubBranch=110-0040\n");
        RuntimeProcess first = start(data, port);
        assertTrue(first.output(), first.output().contains("listening on http://localhost:" + port + "/api"));
        assertTrue(first.output(), first.output().contains(data.toAbsolutePath().toString()));
        assertTrue(first.output(), first.output().contains("bundles installed from this jar"));
        String admin = http.login("admin", ADMIN_PASSWORD);
        assertEquals("110-0042", http.get("branch", admin).json().get("id").asText());
        createStaff(http, "cm1", "CUSTOMER_MANAGER"); // the sample's dedicated manager
        assertEquals(200, http.post("import/customers", admin, "text/csv", SampleData.customers()).status());
        assertEquals(200, http.post("import/balances", admin, "text/csv", SampleData.balances()).status());
        assertEquals(201, http.postJson("segmentation/runs", admin, "{\"quarter\":\"2026-Q3\"}").status());
        first.process().destroy(); // SIGTERM, as Ctrl-C: a clean shutdown
        assertTrue("clean shutdown within 30 s", first.process().waitFor(30, TimeUnit.SECONDS));

        RuntimeProcess second = start(data, port);
        // the same jar and bundle list: the bundles of the last start are reused, not reinstalled
        assertTrue(second.output(), second.output().contains("bundles from the cache of the last start"));
        String head = createStaff(http, "head", "CENTER_HEAD");
        assertEquals("PRIVATE", http.get("customers/T001", head).json().get("segment").asText());
        assertEquals("12000000.00", http.get("customers/T001", head).json().get("averageAssets").asText());
        String teller = createStaff(http, "teller", "TELLER");
        assertEquals(201, http.postJson("customers", teller,
                "{\"id\":\"CRASH1\",\"name\":\"崩溃前\",\"idType\":\"PASSPORT\",\"idNumber\":\"G12345678\"}").status());
        // the first holdings into an empty table: Derby's unlogged bulk load (RowLoader), committed just before the crash
        assertEquals(200, http.post("import/holdings", http.login("admin", ADMIN_PASSWORD), "text/csv", SampleData.holdings()).status());
        // a read audited in the journal, most likely not yet copied into the database when the process dies
        assertEquals(200, http.get("customers/CRASH1", head).status());
        second.process().destroyForcibly(); // SIGKILL: no shutdown hook, no clean Derby shutdown
        second.process().waitFor(30, TimeUnit.SECONDS);

        RuntimeProcess third = start(data, port);
        // every audit entry written before the crash is there, once
        JsonNode audit = http.get("audit?customer=CRASH1", createStaff(http, "auditor", "AUDITOR")).json();
        assertEquals(audit.toString(), List.of("READ", "UNMASK", "CREATE"), audit.findValuesAsText("action"));
        assertEquals(audit.toString(), List.of("head", "teller", "teller"), audit.findValuesAsText("actor"));
        head = http.login("head", BranchdeskTestSupport.passwordOf("head"));
        assertEquals("崩溃前", http.get("customers/CRASH1", head).json().get("name").asText());
        assertEquals("MID", http.get("customers/T003", head).json().get("segment").asText());
        assertEquals(3, http.get("customers/T003/view", head).json().get("holdings").size());
        third.process().destroy();
        assertTrue("clean shutdown within 30 s", third.process().waitFor(30, TimeUnit.SECONDS));

        // another jar (an upgrade): the cache is thrown away and every bundle comes from the new jar
        Path upgrade = Files.copy(jar(), data.resolve("upgraded.jar"));
        RuntimeProcess upgraded = start(upgrade, data, port);
        assertTrue(upgraded.output(), upgraded.output().contains("bundles installed from this jar"));
        assertEquals("崩溃前", http.get("customers/CRASH1", http.login("head", BranchdeskTestSupport.passwordOf("head"))).json()
                .get("name").asText());
    }

    /**
     * A first start whose administrator password the rules refuse does not leave a branch nobody
     * can log in to running: it stops, exits with 1 and says why in its last line; the next start
     * with a good password creates the administrator in the same (still empty) database.
     */
    @Test
    public void aRefusedFirstAdministratorPasswordStopsTheStartAndSaysWhy() throws Exception {
        Path data = TestFolders.create("branchdesk-weak-admin-");
        int port = RuntimeProcess.freePort();
        ProcessBuilder weak = new ProcessBuilder(launcher().toString(), "--port", String.valueOf(port), "--data", data.toString());
        weak.environment().put("JAVA", java());
        RuntimeProcess refused = RuntimeProcess.launch(weak, "admin-password-2026", started);
        assertEquals(refused.output(), 1, refused.awaitExit(120));
        // the launcher's own line (the process has ended; its last lines may still be on their way from the pipe)
        String reason = refused.awaitLine("branchdesk: cannot start: ", 10);
        assertEquals(refused.output(), "branchdesk: cannot start: The administrator password from BRANCHDESK_ADMIN_PASSWORD is refused:"
                + " must not contain the username. The administrator was not created and Branchdesk stops: choose another"
                + " password and start again", reason);
        assertFalse(refused.output(), refused.output().contains(" ready: "));

        RuntimeProcess good = start(data, port);
        new Http(port).login("admin", ADMIN_PASSWORD);
        good.process().destroy();
        assertTrue("clean shutdown within 30 s", good.process().waitFor(30, TimeUnit.SECONDS));
    }

    /** The launcher's JVM settings per tier, and the variables that change them (a stand-in java prints its arguments). */
    @Test
    public void theLauncherPicksTheJvmSettingsOfTheTier() throws Exception {
        Path echo = Files.createTempFile("java-", ".sh");
        Files.writeString(echo, "#!/bin/sh\necho \"$@\"\n");
        echo.toFile().setExecutable(true);
        String jar = " -jar " + launcher().toAbsolutePath().getParent().resolve("target/branchdesk.jar").normalize() + " ";
        Map<String, String> noCds = Map.of("BRANCHDESK_CDS", "off");
        assertEquals("-Xmx160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k" + jar + "--tier convenience-store",
                launch(echo, noCds, "--tier", "convenience-store"));
        assertEquals("-XX:+UseParallelGC" + jar + "--tier outlet --port 9", launch(echo, noCds, "--tier", "outlet", "--port", "9"));
        assertEquals("-XX:+UseParallelGC -Xmx2g" + jar + "--demo", launch(echo, Map.of("BRANCHDESK_CDS", "off", "JAVA_OPTS", "-Xmx2g"),
                "--demo"));
        assertEquals(jar.substring(1) + "--tier convenience-store", launch(echo, Map.of("BRANCHDESK_JVM", ""), "--tier",
                "convenience-store"));

        // class data sharing: archived by a run without an archive, used by the next start, made again for a newer jar
        Path data = TestFolders.create("branchdesk-cds-");
        Path archive = data.resolve("jvm-classes.jsa");
        String cdsOff = " -Xlog:cds=off -Xlog:cds+dynamic=off";
        assertEquals("-XX:+UseParallelGC -XX:ArchiveClassesAtExit=" + archive + cdsOff + jar + "--data " + data,
                launch(echo, Map.of(), "--data", data.toString()));
        Files.writeString(archive, "classes");
        assertEquals("-XX:+UseParallelGC -XX:SharedArchiveFile=" + archive + cdsOff + jar + "--data " + data,
                launch(echo, Map.of(), "--data", data.toString()));
        archive.toFile().setLastModified(Files.getLastModifiedTime(Path.of(jar.trim().substring("-jar ".length()))).toMillis() - 1000);
        assertTrue(launch(echo, Map.of(), "--data", data.toString()).contains("-XX:ArchiveClassesAtExit=" + archive));
    }

    private static String launch(Path java, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher().toAbsolutePath().normalize().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("BRANCHDESK_JVM");
        builder.environment().remove("BRANCHDESK_CDS");
        builder.environment().put("JAVA", java.toString());
        builder.environment().putAll(env);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(out, 0, p.waitFor());
        return out;
    }

    private String createStaff(Http http, String username, String role) {
        String admin = http.login("admin", ADMIN_PASSWORD);
        assertEquals(201, http.postJson("staff", admin, "{\"username\":\"" + username + "\",\"password\":\""
                + BranchdeskTestSupport.passwordOf(username) + "\",\"displayName\":\"" + username + "\",\"roles\":[\"" + role + "\"]}").status());
        return http.login(username, BranchdeskTestSupport.passwordOf(username));
    }

    /** Starts the jar and returns once it prints that it is ready. */
    private static Path jar() {
        return Path.of(System.getProperty("branchdesk.jar", "../runtime/target/branchdesk.jar"));
    }

    /** The launcher script as branch IT runs it. */
    private static Path launcher() {
        return Path.of(System.getProperty("branchdesk.launcher", "../runtime/branchdesk"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts the branch with the launcher script (its JVM settings for the tier). */
    private RuntimeProcess start(Path data, int port) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(launcher().toString(), "--port", String.valueOf(port), "--data", data.toString());
        builder.environment().put("JAVA", java());
        RuntimeProcess running = start(builder);
        assertTrue("the wealth centre's JVM settings", ProcessHandle.of(running.process().pid()).flatMap(p -> p.info().arguments())
                .map(List::of).orElseThrow().contains("-XX:+UseParallelGC"));
        return running;
    }

    /** Starts another jar with {@code java -jar}. */
    private RuntimeProcess start(Path jar, Path data, int port) throws IOException, InterruptedException {
        return start(new ProcessBuilder(java(), "-jar", jar.toString(), "--port", String.valueOf(port), "--data", data.toString()));
    }

    private RuntimeProcess start(ProcessBuilder builder) throws IOException, InterruptedException {
        return RuntimeProcess.start(builder, ADMIN_PASSWORD, started);
    }
}
