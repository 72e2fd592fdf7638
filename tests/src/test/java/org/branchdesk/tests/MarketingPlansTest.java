package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.branchdesk.marketing.api.Goal;
import org.branchdesk.marketing.api.GoalNeed;
import org.branchdesk.marketing.api.LifeStage;
import org.branchdesk.marketing.api.NeedsFiles;
import org.branchdesk.marketing.api.NeedsInput;
import org.branchdesk.marketing.api.RiskTolerance;
import org.branchdesk.platform.security.AuditEntry;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Financial plans through the real framework (wealth-centre tier): drafted from the needs file
 * with the recommended allocation, every line through suitability with nothing written on a
 * refusal, versions superseding each other, presented and decided, the printable summary escaped
 * and without identity data, and another manager kept out.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MarketingPlansTest extends BranchdeskTestSupport {

    private static final Caller CM1 = new Caller("cm1", "cm1", Set.of(Role.CUSTOMER_MANAGER));
    private static boolean prepared;

    private String cm1;
    private String cm2;
    private String head;

    @Before
    public void branch() throws Exception {
        if (!prepared) {
            importSampleBranch();
            staff("cm2", "CUSTOMER_MANAGER");
            staff("head1", "CENTER_HEAD");
            PlansFixture.shelve(context);
            PlansFixture.assess(context, "T003", RiskTolerance.C3, CM1);
            // education in 10 years (long: bonds 30, wealth products 20, funds 50 at C3) and cash at hand (deposits 100)
            PlansFixture.service(context, NeedsFiles.class).put("T003", new NeedsInput(LifeStage.ESTABLISHED_FAMILY,
                    List.of(new GoalNeed(Goal.EDUCATION, new BigDecimal("200000.00"), 10), new GoalNeed(Goal.LIQUIDITY, new BigDecimal("50000.00"), 0)),
                    "a daughter starting school"), CM1);
            prepared = true;
        }
        cm1 = http.login("cm1", passwordOf("cm1"));
        cm2 = http.login("cm2", passwordOf("cm2"));
        head = http.login("head1", passwordOf("head1"));
        PlansFixture.awaitResources(http, head);
    }

    @Test
    public void aCustomerWithoutANeedsFileHasNoPlan() throws Exception {
        Http.Reply r = http.postJson("marketing/customers/T002/plans", cm1, "{\"lines\":[]}");
        assertEquals(r.toString(), 409, r.status());
        assertEquals("needs", r.json().get("field").asText());
        assertEquals("[]", http.get("marketing/customers/T002/plans", cm1).body());
        assertEquals(404, http.get("marketing/customers/T002/plan", cm1).status());
        assertEquals(404, http.postJson("marketing/customers/NOBODY/plans", cm1, "{}").status());
    }

    @Test
    public void theRecommendedAllocationFollowsTheGoalsAndTheToleranceAndSumsToAHundred() throws Exception {
        JsonNode plan = draft("{\"lines\":[{\"productCode\":\"PL-FND\",\"amount\":150000,\"goal\":\"EDUCATION\"}]}");
        assertEquals("DRAFT", plan.get("status").asText());
        assertEquals(1, plan.get("version").asInt());
        assertEquals(2, plan.get("goals").size());
        // 200,000 long-term at C3 and 50,000 now, weighted: deposits 20, bonds 24, wealth products 16, funds 40
        assertEquals(Map.of("DEPOSIT", 20, "BOND", 24, "WEALTH_PRODUCT", 16, "FUND", 40), allocation(plan));
        assertEquals(0, new BigDecimal("150000.00").compareTo(plan.get("total").decimalValue()));
        assertEquals("cm1", plan.get("createdBy").asText());

        JsonNode given = draft("{\"allocation\":[{\"category\":\"FUND\",\"percent\":60.5},{\"category\":\"DEPOSIT\",\"percent\":39.5}]}");
        assertEquals("[{\"category\":\"DEPOSIT\",\"percent\":39.5},{\"category\":\"FUND\",\"percent\":60.5}]", given.get("allocation").toString());
        int versions = history().size();
        assertField(http.postJson("marketing/customers/T003/plans", cm1, "{\"allocation\":[{\"category\":\"FUND\",\"percent\":60},"
                + "{\"category\":\"DEPOSIT\",\"percent\":30}]}"), 400, "allocation");
        assertField(http.postJson("marketing/customers/T003/plans", cm1, "{\"allocation\":[{\"category\":\"FUND\",\"percent\":50},"
                + "{\"category\":\"FUND\",\"percent\":50}]}"), 400, "allocation[1].category");
        assertField(http.postJson("marketing/customers/T003/plans", cm1, "{\"lines\":[{\"productCode\":\"PL-FND\",\"amount\":-5}]}"), 400,
                "lines[0].amount");
        assertEquals("bad input writes nothing", versions, history().size());
    }

    @Test
    public void aLineAboveTheToleranceIsRefusedAndNothingIsWritten() throws Exception {
        int versions = history().size();
        Http.Reply r = http.postJson("marketing/customers/T003/plans", cm1, "{\"lines\":[{\"productCode\":\"PL-FND\",\"amount\":20000},"
                + "{\"productCode\":\"PL-STK\",\"amount\":20000}]}");
        assertEquals(r.toString(), 409, r.status());
        assertEquals("lines[1].productCode", r.json().get("field").asText());
        assertTrue(r.toString(), r.json().get("detail").asText().startsWith("RISK_ABOVE_TOLERANCE"));
        assertEquals(versions, history().size());
        // and in a revision too, leaving the version revised as it was
        JsonNode plan = draft("{\"lines\":[{\"productCode\":\"PL-FND\",\"amount\":20000}]}");
        Http.Reply revised = http.postJson("marketing/plans/" + plan.get("id").asLong() + "/revisions", cm1,
                "{\"lines\":[{\"productCode\":\"PL-STK\",\"amount\":20000}]}");
        assertEquals(revised.toString(), 409, revised.status());
        assertEquals("lines[0].productCode", revised.json().get("field").asText());
        assertEquals("DRAFT", http.get("marketing/plans/" + plan.get("id").asLong(), cm1).json().get("status").asText());
        List<AuditEntry> refusals = PlansFixture.service(context, AuditLog.class).query("cm1", "T003", null, null, 100);
        assertTrue(refusals.stream().anyMatch(e -> "SUITABILITY_REFUSED".equals(e.action())));
    }

    @Test
    public void aRevisionSupersedesTheVersionItRevisesOnce() throws Exception {
        JsonNode v1 = draft("{\"lines\":[{\"productCode\":\"PL-FND\",\"amount\":20000}],\"note\":\"first thoughts\"}");
        long id1 = v1.get("id").asLong();
        Http.Reply r = http.postJson("marketing/plans/" + id1 + "/revisions", cm1,
                "{\"lines\":[{\"productCode\":\"PL-FND\",\"amount\":30000},{\"productCode\":\"PL-DEP\",\"amount\":50000}]}");
        assertEquals(r.toString(), 201, r.status());
        JsonNode v2 = r.json();
        assertEquals(v1.get("number").asLong(), v2.get("number").asLong());
        assertEquals(2, v2.get("version").asInt());
        assertEquals(2, v2.get("lines").size());
        assertEquals(0, new BigDecimal("80000.00").compareTo(v2.get("total").decimalValue()));
        assertEquals("SUPERSEDED", http.get("marketing/plans/" + id1, cm1).json().get("status").asText());
        assertField(http.postJson("marketing/plans/" + id1 + "/revisions", cm1, "{}"), 409, "status");
        JsonNode current = http.get("marketing/customers/T003/plan", cm1).json();
        assertEquals(v2.get("id").asLong(), current.get("id").asLong());

        // two revisions of one version at the same moment: one wins, the other is told
        long id2 = v2.get("id").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Http.Reply>> both = List.of(() -> http.postJson("marketing/plans/" + id2 + "/revisions", cm1, "{}"),
                    () -> http.postJson("marketing/plans/" + id2 + "/revisions", cm1, "{}"));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Reply> f : pool.invokeAll(both)) {
                statuses.add(f.get().status());
            }
            statuses.sort(null);
            assertEquals(List.of(201, 409), statuses);
        } finally {
            pool.shutdown();
        }
        long v3count = history().stream().filter(p -> p.get("number").asLong() == v1.get("number").asLong() && p.get("version").asInt() == 3).count();
        assertEquals(1, v3count);
    }

    @Test
    public void aPresentedPlanGetsTheCustomersDecision() throws Exception {
        JsonNode empty = draft("{}");
        assertField(http.postJson("marketing/plans/" + empty.get("id").asLong() + "/present", cm1, ""), 409, "lines");
        JsonNode plan = draft("{\"lines\":[{\"productCode\":\"PL-DEP\",\"amount\":50000,\"goal\":\"LIQUIDITY\"}]}");
        long id = plan.get("id").asLong();
        assertField(http.postJson("marketing/plans/" + id + "/decision", cm1, "{\"accepted\":true}"), 409, "status");
        JsonNode presented = http.postJson("marketing/plans/" + id + "/present", cm1, "").json();
        assertEquals("PRESENTED", presented.get("status").asText());
        assertFalse(presented.get("presentedAt").isNull());
        assertField(http.postJson("marketing/plans/" + id + "/present", cm1, ""), 409, "status");
        assertField(http.postJson("marketing/plans/" + id + "/decision", cm1, "{\"note\":\"no answer yet\"}"), 400, "accepted");
        Http.Reply decided = http.postJson("marketing/plans/" + id + "/decision", cm1, "{\"accepted\":true,\"note\":\"signs next week\"}");
        assertEquals(decided.toString(), 200, decided.status());
        assertEquals("ACCEPTED", decided.json().get("status").asText());
        assertEquals("cm1", decided.json().get("decisionBy").asText());
        assertEquals("signs next week", decided.json().get("decisionNote").asText());
        assertNotNull(decided.json().get("decidedAt").asText());
        assertField(http.postJson("marketing/plans/" + id + "/decision", cm1, "{\"accepted\":false}"), 409, "status");
        assertField(http.postJson("marketing/plans/" + id + "/revisions", cm1, "{}"), 409, "status");
        assertEquals(id, http.get("marketing/customers/T003/plan", head).json().get("id").asLong());
    }

    @Test
    public void theSummaryIsEscapedAndShowsNoIdentityData() throws Exception {
        JsonNode plan = draft("{\"lines\":[{\"productCode\":\"PL-FND\",\"amount\":20000,\"goal\":\"EDUCATION\"}],"
                + "\"note\":\"<script>alert('x')</script> & more\"}");
        long id = plan.get("id").asLong();
        Http.Reply r = http.get("marketing/plans/" + id + "/summary", cm1);
        assertEquals(r.toString(), 200, r.status());
        assertTrue(r.contentType(), r.contentType().startsWith("text/html"));
        String html = r.body();
        assertFalse(html, html.contains("<script>"));
        assertTrue(html, html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"));
        assertTrue(html, html.contains("Balanced &lt;Fund&gt;"));
        assertTrue(html, html.contains("T003") && html.contains("孙中端") && html.contains("MID") && html.contains("C3, valid until"));
        assertTrue(html, html.contains("R3") && html.contains("20000.00") && html.contains("DRAFT"));
        assertTrue(html, html.contains("@media print"));
        assertFalse("no ID number", html.contains(SampleData.MID_ID) || html.contains(SampleData.MID_ID.substring(0, 6)));
        assertFalse("no phone", html.contains(SampleData.MID_PHONE) || html.contains("****5678"));
        Http.RawReply raw = http.raw("GET /api/marketing/plans/" + id + "/summary HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + cm1
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(raw.header("Content-Security-Policy"), raw.header("Content-Security-Policy").matches("default-src 'none'; style-src 'sha256-[^']+'; frame-ancestors 'none'"));
        assertEquals(403, http.get("marketing/plans/" + id + "/summary", cm2).status());
        assertEquals(404, http.get("marketing/plans/999999/summary", cm1).status());
    }

    @Test
    public void anotherManagerAndOtherRolesAreKeptOut() throws Exception {
        JsonNode plan = draft("{}");
        long id = plan.get("id").asLong();
        String teller = staff("teller1", "TELLER");
        assertEquals(403, http.get("marketing/plans/" + id, cm2).status());
        assertEquals(403, http.get("marketing/customers/T003/plans", cm2).status());
        assertEquals(403, http.get("marketing/customers/T003/plan", cm2).status());
        assertEquals(403, http.postJson("marketing/customers/T003/plans", cm2, "{}").status());
        assertEquals(403, http.postJson("marketing/plans/" + id + "/revisions", cm2, "{}").status());
        assertEquals(403, http.postJson("marketing/plans/" + id + "/present", cm2, "").status());
        assertEquals(403, http.get("marketing/plans/" + id, teller).status());
        assertEquals(200, http.get("marketing/plans/" + id, head).status());
        assertEquals(404, http.get("marketing/plans/999999", cm1).status());
        // every read is audited against the reader
        assertTrue(PlansFixture.service(context, AuditLog.class).query("head1", "T003", null, null, 20).stream()
                .anyMatch(e -> "PLAN".equals(e.action()) && ("plan " + plan.get("number").asLong() + " version 1").equals(e.detail())));
    }

    private JsonNode draft(String body) {
        Http.Reply r = http.postJson("marketing/customers/T003/plans", cm1, body);
        assertEquals(r.toString(), 201, r.status());
        return r.json();
    }

    private List<JsonNode> history() {
        Http.Reply r = http.get("marketing/customers/T003/plans", cm1);
        assertEquals(r.toString(), 200, r.status());
        List<JsonNode> list = new ArrayList<>();
        r.json().forEach(list::add);
        return list;
    }

    private static Map<String, Integer> allocation(JsonNode plan) {
        Map<String, Integer> m = new java.util.HashMap<>();
        int sum = 0;
        for (JsonNode s : plan.get("allocation")) {
            m.put(s.get("category").asText(), s.get("percent").intValue());
            sum += s.get("percent").intValue();
        }
        assertEquals(100, sum);
        return m;
    }

    private static void assertField(Http.Reply r, int status, String field) {
        assertEquals(r.toString(), status, r.status());
        assertEquals(r.toString(), field, r.json().get("field").asText());
    }
}
