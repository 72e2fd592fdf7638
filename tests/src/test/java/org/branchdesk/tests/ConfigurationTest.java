package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.branchdesk.platform.api.Branch;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** Branch profile and segment thresholds come from Configuration Admin, and bad values show in health. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConfigurationTest extends BranchdeskTestSupport {

    @Test
    public void thresholdsFromConfigurationChangeTheSegments() throws Exception {
        String admin = admin();
        staff("cm1", "CUSTOMER_MANAGER");
        assertEquals(200, http.post("import/customers", admin, "text/csv", SampleData.customers()).status());
        assertEquals(200, http.post("import/balances", admin, "text/csv", SampleData.balances()).status());
        String head = staff("head", "CENTER_HEAD");

        Configuration thresholds = configuration("org.branchdesk.customer.segmentation");
        Dictionary<String, Object> raised = new Hashtable<>();
        raised.put("midMin", "600000");
        raised.put("premiumMin", "600000");
        thresholds.update(raised);
        awaitSegment(admin, head, "T003", "MASS_AFFLUENT"); // 500,000 is below the raised MID bar

        Dictionary<String, Object> wrong = new Hashtable<>();
        wrong.put("midMin", "20000000"); // above privateMin: refused, the raised thresholds stay in force
        thresholds.update(wrong);
        awaitHealth("thresholds must strictly descend");
        JsonNode health = http.awaitHealthy(Duration.ofSeconds(20)); // refused, so nothing stops: the branch is UP
        assertEquals("org.branchdesk.customer.segmentation", health.get("refusedConfiguration").get(0).get("pid").asText());
        assertEquals(201, http.postJson("segmentation/runs", admin, "{\"quarter\":\"2026-Q3\"}").status());
        assertEquals("MASS_AFFLUENT", http.get("customers/T003", head).json().get("segment").asText());

        thresholds.delete();
        http.awaitHealthy(Duration.ofSeconds(30));
        awaitSegment(admin, head, "T003", "MID");
    }

    @Test
    public void theBranchProfileFollowsItsConfiguration() throws Exception {
        Configuration branch = configuration("org.branchdesk.branch");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("id", "110-0042");
        props.put("name", "Haidian Road Outlet");
        props.put("tier", "OUTLET");
        props.put("parentSubBranch", "110-0040");
        branch.update(props);
        try {
            String admin = admin();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            Http.Reply reply = http.get("branch", admin);
            while (!reply.body().contains("110-0042") && System.nanoTime() < deadline) {
                Thread.sleep(100);
                reply = http.get("branch", admin);
            }
            assertEquals("OUTLET", reply.json().get("tier").asText());
            assertEquals("110-0040", reply.json().get("parentSubBranch").asText());
            assertEquals("OUTLET", http.awaitHealthy(Duration.ofSeconds(20)).get("tier").asText());
        } finally {
            branch.delete();
        }
    }

    /**
     * A misspelt tier is refused by the guard, naming the field, and the branch keeps the profile it
     * has; a profile change takes effect in place, without stopping the branch service (and with it
     * every module that needs it).
     */
    @Test
    public void anUnknownTierIsRefusedAndTheProfileKept() throws Exception {
        Object branchService = context.getServiceReference(Branch.class).getProperty(Constants.SERVICE_ID);
        Configuration branch = configuration("org.branchdesk.branch");
        Dictionary<String, Object> good = new Hashtable<>();
        good.put("id", "110-0077");
        good.put("tier", "OUTLET");
        branch.update(good);
        try {
            String admin = admin();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!http.get("branch", admin).body().contains("110-0077") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Dictionary<String, Object> wrong = new Hashtable<>();
            wrong.put("id", "110-0078");
            wrong.put("tier", "palace");
            branch.update(wrong);
            JsonNode refusal = awaitHealth("palace").json().get("refusedConfiguration").get(0);
            assertEquals("org.branchdesk.branch", refusal.get("pid").asText());
            assertTrue(refusal.toString(), refusal.get("errors").toString().contains("tier: 'palace' is not one of"));
            Http.Reply kept = http.get("branch", admin);
            assertEquals(200, kept.status());
            assertEquals("110-0077", kept.json().get("id").asText());
            assertEquals("OUTLET", kept.json().get("tier").asText());
            assertEquals("the same branch service throughout", branchService,
                    context.getServiceReference(Branch.class).getProperty(Constants.SERVICE_ID));
        } finally {
            branch.delete();
        }
    }

    /**
     * Branch IT edits {@code etc/org.branchdesk.lobby.config}: a good file takes effect, a file
     * with wrong values is refused and reported while the lobby keeps routing by the last good
     * one, a file that does not even parse changes nothing, and a corrected file takes effect.
     */
    @Test
    public void aMalformedFileIsReportedAndTheLastGoodConfigurationKept() throws Exception {
        String admin = admin();
        staff("cm1", "CUSTOMER_MANAGER");
        assertEquals(200, http.post("import/customers", admin, "text/csv", SampleData.customers()).status());
        assertEquals(200, http.post("import/balances", admin, "text/csv", SampleData.balances()).status());
        assertEquals(201, http.postJson("segmentation/runs", admin, "{\"quarter\":\"2026-Q3\"}").status());
        String lobby = staff("lobby1", "LOBBY_MANAGER");
        Path file = data().resolve("etc").resolve("org.branchdesk.lobby.config");
        // by default an ordinary customer's cash business goes to the machines
        assertEquals("SELF_SERVICE", guidance(lobby, "T006"));

        Files.writeString(file, "rules=[\"ANY ANY ANY = RECEPTION STANDARD PERSONAL\"]\n");
        awaitGuidance(lobby, "T006", "RECEPTION");

        Files.writeString(file, "rules=[\"ANY CASH ANY = NOWHERE STANDARD PERSONAL\"]\nmaxWaitBehindPremiumSeconds=\"ten\"\n");
        awaitHealth("maxWaitBehindPremiumSeconds");
        JsonNode refusal = http.awaitHealthy(Duration.ofSeconds(20)).get("refusedConfiguration").get(0);
        assertEquals("org.branchdesk.lobby", refusal.get("pid").asText());
        assertTrue(refusal.toString(), refusal.get("file").asText().endsWith("org.branchdesk.lobby.config"));
        assertTrue(refusal.toString(), refusal.get("errors").toString().contains("'ten' is not a valid Long"));
        assertEquals("RECEPTION", guidance(lobby, "T006"));

        Files.writeString(file, "rules=[\"ANY CASH ANY = NOWHERE STANDARD PERSONAL\"]\n"); // types right, rule wrong
        awaitHealth("NOWHERE");
        assertEquals("RECEPTION", guidance(lobby, "T006"));

        // an unclosed list: FileInstall reads it as one garbled rule, which is refused like the others
        Files.writeString(file, "rules=[\"ANY ANY ANY = CASH_COUNTER STANDARD TICKET\"");
        awaitHealth("WHO must be");
        assertEquals("RECEPTION", guidance(lobby, "T006"));
        assertEquals(200, http.get("health", null).status());

        Files.writeString(file, "rules=[\"ANY ANY ANY = CASH_COUNTER STANDARD TICKET\"]\n");
        awaitGuidance(lobby, "T006", "CASH_COUNTER");
        assertTrue(http.get("health", null).json().path("refusedConfiguration").isMissingNode());

        Files.delete(file);
        awaitGuidance(lobby, "T006", "SELF_SERVICE");
    }

    @Test
    public void readsAreAuditedWithThePeriodicSyncAndAnUnknownSyncIsRefused() throws Exception {
        Configuration audit = configuration("org.branchdesk.audit");
        Dictionary<String, Object> periodic = new Hashtable<>();
        periodic.put("sync", "PERIODIC");
        audit.update(periodic);
        String teller = staff("teller7", "TELLER");
        assertEquals(201, http.postJson("customers", teller,
                "{\"id\":\"P7\",\"name\":\"周期\",\"idType\":\"PASSPORT\",\"idNumber\":\"G7654321\"}").status());
        assertEquals(200, http.get("customers/P7", teller).status());
        // the auditor's query forces and copies the journal first, whatever the sync
        JsonNode entries = http.get("audit?customer=P7", staff("auditor7", "AUDITOR")).json();
        assertEquals(entries.toString(), List.of("UNMASK", "READ", "UNMASK", "CREATE"), entries.findValuesAsText("action"));

        Dictionary<String, Object> wrong = new Hashtable<>();
        wrong.put("sync", "SOMETIMES");
        audit.update(wrong);
        JsonNode refusal = awaitHealth("SOMETIMES").json().get("refusedConfiguration").get(0);
        assertEquals("org.branchdesk.audit", refusal.get("pid").asText());
        assertEquals(200, http.get("customers/P7", teller).status());
        audit.delete();
    }

    private String guidance(String lobby, String customer) {
        Http.Reply r = http.postJson("lobby/arrivals", lobby, "{\"customerId\":\"" + customer + "\",\"purpose\":\"CASH\"}");
        assertEquals(r.toString(), 201, r.status());
        return r.json().get("guidance").get("servicePoint").asText();
    }

    private void awaitGuidance(String lobby, String customer, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String point = guidance(lobby, customer);
        while (!expected.equals(point) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            point = guidance(lobby, customer);
        }
        assertEquals(expected, point);
    }

    private Configuration configuration(String pid) throws Exception {
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        return context.getService(ref).getConfiguration(pid, "?");
    }

    /**
     * Runs segmentation until the customer lands in the expected segment: a configuration update
     * reaches the service asynchronously, so the first runs may still use the old thresholds.
     */
    private void awaitSegment(String admin, String reader, String customer, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String segment = null;
        while (!expected.equals(segment) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            if (http.postJson("segmentation/runs", admin, "{\"quarter\":\"2026-Q3\"}").status() == 201) {
                segment = http.get("customers/" + customer, reader).json().path("segment").asText();
            }
        }
        assertEquals(expected, segment);
    }

    /** Health as soon as it reports the given problem (a reconfiguration passes through other states first). */
    private Http.Reply awaitHealth(String problem) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Http.Reply reply = http.get("health", null);
        while (!reply.body().contains(problem) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            reply = http.get("health", null);
        }
        assertTrue(reply.body(), reply.body().contains(problem));
        return reply;
    }
}
