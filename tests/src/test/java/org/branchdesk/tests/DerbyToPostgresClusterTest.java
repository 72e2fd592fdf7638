package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A branch moved from embedded Derby to PostgreSQL as branch IT moves it (docs/branch-it/postgresql.md):
 * the demo branch runs on Derby and is worked with, is stopped, gets the PostgreSQL configuration in
 * its etc/, starts once with the shell and runs {@code branchdesk:importDerby}, and is started again.
 * Its staff log in with their passwords, its customers, tickets, complaints and audit trail are
 * there, and new work continues its numbers.
 */
public class DerbyToPostgresClusterTest {

    private static final String ADMIN_PASSWORD = "move-tests-Branchdesk-2026";
    private static final String DEMO_PASSWORD = "harbour-tour-4410";

    private final List<Process> started = new ArrayList<>();

    @After
    public void stop() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    public void derbyBranchMovesToPostgres() throws Exception {
        Path data = TestFolders.create("branchdesk-move-");
        Files.createDirectories(data.resolve("etc"));
        // the default database, said explicitly, so that the suite's own database choice does not apply
        Files.writeString(data.resolve("etc/org.branchdesk.database.cfg"), "# embedded Derby in data/derby (the default)\n");
        int port = RuntimeProcess.freePort();
        Http http = new Http(port);

        // 1. the branch on Derby, worked with
        RuntimeProcess derby = start(data, port, "--demo");
        String lobby = http.login("demo.lobby", DEMO_PASSWORD);
        String teller = http.login("demo.teller", DEMO_PASSWORD);
        String head = http.login("demo.head", DEMO_PASSWORD);
        String ticketBefore = walkIn(http, lobby);
        Http.Reply complaint = http.postJson("complaints", teller, "{\"customerId\":\"D00003\",\"channel\":\"COUNTER\","
                + "\"category\":\"WAITING_TIME\",\"severity\":\"LOW\",\"description\":\"waited before the move\"}");
        assertEquals(complaint.toString(), 201, complaint.status());
        String referenceBefore = complaint.json().get("reference").asText();
        long complaintBefore = complaint.json().get("id").asLong();
        String customers = customers(http, head);
        assertTrue(customers, customers.contains("\"id\":\"D00060\""));
        String auditor = http.login("demo.auditor", DEMO_PASSWORD);
        long auditBefore = http.get("audit?limit=1000", auditor).json().size();
        derby.process().destroy(); // a normal stop: Derby closes its files
        assertTrue("the Derby runtime did not stop", derby.process().waitFor(60, TimeUnit.SECONDS));

        // 2. PostgreSQL configured; one start with the shell, the import
        TestPostgres server = TestPostgres.server();
        TestDatabase.configure(data, server.url(server.createDatabase()));
        RuntimeProcess shell = start(data, port, "--shell");
        OutputStream in = shell.process().getOutputStream();
        command(in, "branchdesk:importDerby " + data.resolve("nothing-here"));
        await(shell, "refused: no Derby database in");
        command(in, "branchdesk:importDerby");
        String report = await(shell, "Restart this runtime now");
        assertTrue(report, count(report, "bd_customer") == 60);
        assertTrue(report, count(report, "bd_staff") >= 8);
        assertTrue(report, count(report, "bd_complaint") >= 1);
        command(in, "branchdesk:importDerby");
        await(shell, "refused: the PostgreSQL database already holds branch data");
        command(in, "exit 0");
        assertTrue("the shell did not stop the runtime", shell.process().waitFor(60, TimeUnit.SECONDS));

        // 3. the branch on PostgreSQL
        start(data, port);
        assertTrue("no Derby database may be opened again", Files.isDirectory(data.resolve("derby")));
        head = http.login("demo.head", DEMO_PASSWORD);
        assertEquals("the same customers, as the same person sees them", customers, customers(http, head));
        lobby = http.login("demo.lobby", DEMO_PASSWORD);
        String ticketAfter = walkIn(http, lobby);
        assertEquals("the day's ticket numbers continue", next(ticketBefore), ticketAfter);
        teller = http.login("demo.teller", DEMO_PASSWORD);
        JsonNode all = http.get("complaints?all=true", head).json();
        assertTrue(all.toString(), all.toString().contains(referenceBefore));
        Http.Reply another = http.postJson("complaints", teller, "{\"customerId\":\"D00004\",\"channel\":\"COUNTER\","
                + "\"category\":\"WAITING_TIME\",\"severity\":\"LOW\",\"description\":\"waited after the move\"}");
        assertEquals(another.toString(), 201, another.status());
        assertTrue("ids continue after the copied ones", another.json().get("id").asLong() > complaintBefore);
        assertNotEquals(referenceBefore, another.json().get("reference").asText());
        auditor = http.login("demo.auditor", DEMO_PASSWORD);
        JsonNode audit = http.get("audit?limit=1000", auditor).json();
        assertTrue("the audit trail from Derby is there: " + audit.size() + " entries, " + auditBefore + " before",
                audit.size() > auditBefore);
        assertTrue(audit.toString(), audit.toString().contains("demo.teller"));
    }

    private RuntimeProcess start(Path data, int port, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of(System.getProperty("branchdesk.jar", "../runtime/target/branchdesk.jar")).toString(), "--port",
                String.valueOf(port), "--data", data.toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("BRANCHDESK_DEMO_PASSWORD", DEMO_PASSWORD);
        RuntimeProcess process = RuntimeProcess.start(builder, ADMIN_PASSWORD, started, 180);
        new Http(port).awaitHealthy(Duration.ofSeconds(120));
        return process;
    }

    /** Every demo customer's identity and classification, and one's segment history, as {@code token} sees them. */
    private static String customers(Http http, String token) {
        StringBuilder all = new StringBuilder(http.get("customers/D00001/segment-history", token).body());
        for (int i = 1; i <= 60; i++) {
            Http.Reply r = http.get(String.format("customers/D%05d", i), token);
            assertEquals(r.toString(), 200, r.status());
            all.append('\n').append(r.body());
        }
        return all.toString();
    }

    /** An unidentified walk-in for non-cash business: the number of the ticket they get. */
    private static String walkIn(Http http, String lobby) {
        Http.Reply r = http.postJson("lobby/arrivals", lobby, "{\"purpose\":\"NON_CASH\"}");
        assertEquals(r.toString(), 201, r.status());
        return r.json().get("ticket").get("number").asText();
    }

    private static String next(String number) {
        Matcher m = Pattern.compile("([A-Z]+)(\\d+)").matcher(number);
        assertTrue(number, m.matches());
        return m.group(1) + String.format("%0" + m.group(2).length() + "d", Integer.parseInt(m.group(2)) + 1);
    }

    private static void command(OutputStream in, String line) throws IOException {
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** The runtime's output once it contains {@code text} (a bound for a hung import, not a speed asserted). */
    private static String await(RuntimeProcess process, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            String output = process.output();
            if (output.contains(text)) {
                return output;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no \"" + text + "\" in:\n" + process.output());
    }

    /** The row count the import report gives for the table. */
    private static long count(String report, String table) {
        Matcher m = Pattern.compile("  " + table + " +(\\d+)\\n").matcher(report);
        assertTrue(table + " missing from:\n" + report, m.find());
        return Long.parseLong(m.group(1));
    }
}
