package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The figures of the customer and complaint modules at {@code GET /api/figures}, with values
 * predicted from the sample branch (SampleData), and the workspace pages of the customer,
 * customer-manager and complaint modules per role.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PeopleFiguresTest extends BranchdeskTestSupport {

    private String admin;
    private String head;

    @Before
    public void importAndSegment() {
        admin = admin();
        importSampleBranch();
        head = staff("fighead", "CENTER_HEAD");
    }

    private Map<String, JsonNode> figures(String query) {
        Http.Reply reply = http.get("figures" + query, head);
        assertEquals(reply.toString(), 200, reply.status());
        Map<String, JsonNode> byId = new HashMap<>();
        reply.json().get("figures").forEach(f -> byId.put(f.get("id").asText(), f));
        assertTrue(reply.toString(), reply.json().get("unavailable").isEmpty());
        return byId;
    }

    @Test
    public void theCustomerFiguresCountTheLatestSegmentation() {
        // a second run of the same quarter changes nothing: the change against the run before is 0
        assertEquals(201, http.postJson("segmentation/runs", admin, "{\"quarter\":\"" + SampleData.QUARTER + "\"}").status());
        LocalDate today = LocalDate.now();
        Map<String, JsonNode> f = figures("?from=" + today + "&to=" + today);

        JsonNode premium = f.get("customer.premium");
        assertNotNull(f.keySet().toString(), premium);
        // T001 private, T002 high-end, T003 and T007 mid-range: 200,000 or more
        assertEquals(4.0, premium.get("value").asDouble(), 1e-9);
        assertEquals("COUNT", premium.get("unit").asText());
        assertEquals(0.0, premium.get("change").asDouble(), 1e-9);
        assertTrue(premium.get("series").size() >= 2);
        for (JsonNode point : premium.get("series")) {
            assertEquals(today.toString(), point.get("date").asText());
            assertEquals(4.0, point.get("value").asDouble(), 1e-9);
        }
        // per manager: the premium customers of each book (T003 came with cm1; the allocation after a run may add more)
        Map<String, Double> books = new HashMap<>();
        for (String customer : List.of("T001", "T002", "T003", "T007")) {
            Http.Reply assignment = http.get("customers/" + customer + "/assignment", head);
            if (assignment.status() == 200) {
                books.merge(assignment.json().get("manager").asText(), 1.0, Double::sum);
            }
        }
        assertTrue(books.toString(), books.containsKey("cm1"));
        Map<String, Double> perManager = new HashMap<>();
        premium.get("managers").forEach(m -> perManager.put(m.get("username").asText(), m.get("value").asDouble()));
        assertEquals(books, perManager);
        assertTrue(premium.get("how").get("en").asText().contains("premium"));
        assertFalse(premium.get("how").get("zh-CN").asText().isEmpty());

        JsonNode assets = f.get("customer.assets");
        assertEquals("AMOUNT_CNY", assets.get("unit").asText());
        assertEquals(12_000_000 + 2_000_000 + 500_000 + 200_000, assets.get("value").asDouble(), 0.001);

        // T001 holds deposit and trust, T003 deposit, fund and a loan; T002 and T007 hold nothing: 2 of 4
        JsonNode cross = f.get("customer.cross-sell");
        assertEquals("PERCENT", cross.get("unit").asText());
        assertEquals(50.0, cross.get("value").asDouble(), 1e-9);

        // no campaign contact and no handover in the sample branch: nothing to share out
        assertTrue(f.keySet().toString(), f.get("marketing.conversion").get("value").isNull());
        assertEquals("PERCENT", f.get("marketing.conversion").get("unit").asText());
        assertTrue(f.keySet().toString(), f.get("relationship.handovers-on-time").get("value").isNull());

        // a period before any run has nothing to count
        Map<String, JsonNode> past = figures("?from=2020-01-01&to=2020-01-31");
        assertTrue(past.get("customer.premium").get("value").isNull());
        assertTrue(past.get("customer.premium").get("series").isEmpty());
        assertTrue(past.get("customer.assets").get("value").isNull());
    }

    @Test
    public void theComplaintFiguresCountWhatWasReceivedAndClosedOnTime() {
        String teller = staff("figteller", "TELLER");
        List<Long> ids = new ArrayList<>();
        for (String customer : List.of("T001", "T002")) {
            Http.Reply r = http.postJson("complaints", teller, "{\"customerId\":\"" + customer + "\",\"channel\":\"COUNTER\","
                    + "\"category\":\"WAITING_TIME\",\"severity\":\"LOW\",\"description\":\"waited 40 minutes\"}");
            assertEquals(r.toString(), 201, r.status());
            ids.add(r.json().get("id").asLong());
        }
        long id = ids.get(0);
        for (String[] step : List.of(new String[] { "transitions", "{\"status\":\"ACKNOWLEDGED\"}" },
                new String[] { "transitions", "{\"status\":\"UNDER_INVESTIGATION\"}" },
                new String[] { "resolution", "{\"resolution\":\"a second counter opens at peak hours\"}" },
                new String[] { "feedback", "{\"satisfied\":true}" })) {
            Http.Reply r = http.postJson("complaints/" + id + "/" + step[0], head, step[1]);
            assertEquals(r.toString(), 200, r.status());
        }
        LocalDate today = LocalDate.now();
        Map<String, JsonNode> f = figures("?from=" + today.minusDays(2) + "&to=" + today);
        JsonNode received = f.get("complaint.received");
        assertNotNull(f.keySet().toString(), received);
        assertEquals(2.0, received.get("value").asDouble(), 1e-9);
        assertEquals(3, received.get("series").size());
        assertEquals(0.0, received.get("series").get(0).get("value").asDouble(), 1e-9);
        assertEquals(today.toString(), received.get("series").get(2).get("date").asText());
        assertEquals(2.0, received.get("series").get(2).get("value").asDouble(), 1e-9);

        JsonNode onTime = f.get("complaint.on-time");
        assertEquals("PERCENT", onTime.get("unit").asText());
        assertEquals(100.0, onTime.get("value").asDouble(), 1e-9);

        // only the centre head reads the centre's figures
        assertEquals(403, http.get("figures", teller).status());
    }

    private List<String> pages(String token) {
        Http.Reply reply = http.get("workspace/pages", token);
        assertEquals(reply.toString(), 200, reply.status());
        List<String> ids = new ArrayList<>();
        reply.json().forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    @Test
    public void eachRoleSeesItsPages() throws Exception {
        List<String> lobby = pages(staff("figlobby", "LOBBY_MANAGER"));
        assertTrue(lobby.toString(), lobby.contains("customer"));
        assertTrue(lobby.toString(), lobby.contains("complaints"));
        assertFalse(lobby.toString(), lobby.contains("manager"));
        List<String> cm = pages(staff("figcm", "CUSTOMER_MANAGER"));
        assertTrue(cm.toString(), cm.contains("manager"));
        assertTrue(cm.toString(), cm.contains("customer"));
        assertTrue("customer (300) before manager (400) before complaints (500): " + cm,
                cm.indexOf("customer") < cm.indexOf("manager") && cm.indexOf("manager") < cm.indexOf("complaints"));
        List<String> auditor = pages(staff("figauditor", "AUDITOR"));
        assertFalse(auditor.toString(), auditor.contains("customer"));
        // the files of a page are served from its bundle
        for (String file : List.of("customer/customer.js", "manager/manager.js", "complaints/complaints.js")) {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection) new java.net.URL(
                    http.base().replace("/api/", "/ui/pages/") + file).openConnection();
            assertEquals(file, 200, c.getResponseCode());
            try (java.io.InputStream in = c.getInputStream()) {
                assertTrue(file, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("export async function mount"));
            }
        }
    }
}
