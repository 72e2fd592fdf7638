package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.branchdesk.marketing.api.ProductProposer;
import org.branchdesk.marketing.api.Proposal;
import org.branchdesk.marketing.api.ProposalContext;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Suitability through the real framework (wealth-centre tier): each refusal rule through the REST
 * check, and audited; risk profiles taken and expiring; recommendations blocked without a valid
 * profile and filtered by suitability; an integrator's proposer whose unsuitable proposal is
 * dropped and audited while its suitable one is shown.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SuitabilityTest extends BranchdeskTestSupport {

    private static boolean prepared;

    private String head;
    private String cm1;

    @Before
    public void shelfAndProfiles() throws Exception {
        if (!prepared) {
            importSampleBranch();
        }
        head = staff("suit.head", "CENTER_HEAD");
        cm1 = http.login("cm1", passwordOf("cm1"));
        ShelfTestData.awaitShelf(http, head);
        if (!prepared) {
            LocalDate today = LocalDate.now();
            put("S-LOW", "bonds", "R2", "1000", "");
            put("S-HIGH", "stocks", "R5", "1000", "");
            put("S-PRIV", "exclusive wealth products", "R2", "1000", "");
            put("S-MIN", "funds", "R2", "100000", "");
            put("S-RISKFUND", "funds", "R5", "1000", "");
            put("S-WIN", "trusts", "R2", "1000", ",\"saleFrom\":\"" + today.plusDays(10) + "\"");
            put("S-GOLD", "precious metals", "R3", "1000", "");
            put("S-OLD", "bonds", "R1", "0", "");
            assertEquals(200, http.postJson("marketing/products/S-OLD/retire", head, "").status());
            // T003 (MID, cm1's, holds deposits and funds): tolerance C3
            Http.Reply assessed = http.postJson("marketing/customers/T003/risk-profile", cm1, ShelfTestData.BALANCED);
            assertEquals(assessed.toString(), 201, assessed.status());
            prepared = true;
        }
    }

    private void put(String code, String family, String risk, String minimum, String more) {
        Http.Reply r = http.putJson("marketing/products/" + code, head, "{\"name\":\"" + code + "\",\"family\":\"" + family
                + "\",\"issuer\":\"OWN\",\"risk\":\"" + risk + "\",\"minimumAmount\":" + minimum + more + "}");
        assertEquals(r.toString(), 200, r.status());
    }

    private JsonNode check(String customer, String product, String amount) {
        Http.Reply r = http.get("marketing/customers/" + customer + "/suitability?product=" + product + (amount == null ? "" : "&amount=" + amount),
                cm1);
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    private static void assertRefused(JsonNode verdict, String rule) {
        assertFalse(verdict.toString(), verdict.get("suitable").asBoolean());
        assertEquals(verdict.toString(), "[\"" + rule + "\"]", verdict.get("refusals").toString());
        assertTrue(verdict.toString(), verdict.get("reason").asText().startsWith(rule + ": "));
    }

    @Test
    public void eachRefusalRuleThroughTheCheckAndAudited() {
        JsonNode ok = check("T003", "S-LOW", null);
        assertTrue(ok.toString(), ok.get("suitable").asBoolean());
        assertEquals(0, ok.get("refusals").size());
        assertRefused(check("T003", "S-HIGH", null), "RISK_ABOVE_TOLERANCE");
        assertRefused(check("T003", "S-PRIV", null), "SEGMENT_NOT_OFFERED");
        assertRefused(check("T003", "S-MIN", "5000"), "BELOW_MINIMUM");
        assertTrue("no amount: the product's minimum", check("T003", "S-MIN", null).get("suitable").asBoolean());
        assertRefused(check("T003", "S-WIN", null), "OUTSIDE_SALE_WINDOW");
        assertRefused(check("T003", "S-OLD", null), "NOT_ON_SHELF");
        assertRefused(check("T003", "NO-SUCH", null), "NOT_ON_SHELF");
        // T007 (MID, no manager: any manager works them) has never taken a profile
        assertRefused(check("T007", "S-LOW", null), "RISK_PROFILE_MISSING");
        // every rule at once, in the rules' order
        JsonNode all = check("T007", "S-PRIV", "1");
        assertEquals("[\"RISK_PROFILE_MISSING\",\"SEGMENT_NOT_OFFERED\",\"BELOW_MINIMUM\"]", all.get("refusals").toString());

        String audit = http.get("audit?customer=T003&actor=cm1&limit=1000", staff("suit.auditor", "AUDITOR")).body();
        assertTrue(audit, audit.contains("SUITABILITY_REFUSED") && audit.contains("product S-HIGH for 1000.00: RISK_ABOVE_TOLERANCE"));
        assertTrue(audit, audit.contains("product S-MIN for 5000: BELOW_MINIMUM"));

        // bad input is a 400 naming the parameter; another manager's customer is a 403; a teller may not ask
        assertEquals("amount", http.get("marketing/customers/T003/suitability?product=S-LOW&amount=lots", cm1).json().get("field").asText());
        assertEquals("amount", http.get("marketing/customers/T003/suitability?product=S-LOW&amount=-5", cm1).json().get("field").asText());
        assertEquals("product", http.get("marketing/customers/T003/suitability", cm1).json().get("field").asText());
        assertEquals(403, http.get("marketing/customers/T003/suitability?product=S-LOW", staff("suit.cm2", "CUSTOMER_MANAGER")).status());
        assertEquals(403, http.get("marketing/customers/T003/suitability?product=S-LOW", staff("suit.teller", "TELLER")).status());
        assertEquals(404, http.get("marketing/customers/NOBODY/suitability?product=S-LOW", head).status());
    }

    @Test
    public void aRiskProfileIsScoredKeptAndAudited() {
        JsonNode q = http.get("marketing/risk/questionnaire", cm1).json();
        assertEquals("2026-1", q.get("version").asText());
        assertEquals(365, q.get("validDays").asInt());
        assertEquals("[0,20,40,60,80]", q.get("thresholds").toString());
        assertEquals(7, q.get("questions").size());

        Http.Reply missing = http.postJson("marketing/customers/T002/risk-profile", cm1, "{\"answers\":{\"age\":\"A\"}}");
        assertEquals(missing.toString(), 400, missing.status());
        assertEquals("answers.experience", missing.json().get("field").asText());
        Http.Reply unknown = http.postJson("marketing/customers/T002/risk-profile", cm1, ShelfTestData.CAUTIOUS.replace("\"age\":\"E\"", "\"age\":\"Z\""));
        assertEquals("answers.age", unknown.json().get("field").asText());
        assertEquals(404, http.get("marketing/customers/T002/risk-profile", cm1).status());

        JsonNode c1 = http.postJson("marketing/customers/T002/risk-profile", cm1, ShelfTestData.CAUTIOUS).json();
        assertEquals(0, c1.get("score").asInt());
        assertEquals("C1", c1.get("tolerance").asText());
        JsonNode c5 = http.postJson("marketing/customers/T002/risk-profile", head, ShelfTestData.BOLD).json();
        assertEquals(100, c5.get("score").asInt());
        assertEquals("C5", c5.get("tolerance").asText());
        assertEquals("valid 365 days, the day taken included", LocalDate.now().plusDays(364).toString(), c5.get("validUntil").asText());
        assertFalse(c5.get("expired").asBoolean());
        assertEquals("C5", http.get("marketing/customers/T002/risk-profile", cm1).json().get("tolerance").asText());
        JsonNode history = http.get("marketing/customers/T002/risk-profiles", cm1).json();
        assertEquals(2, history.size());
        assertEquals("newest first", "C5", history.get(0).get("tolerance").asText());

        String audit = http.get("audit?customer=T002&limit=1000", staff("suit.auditor2", "AUDITOR")).body();
        assertTrue(audit, audit.contains("RISK_ASSESSED") && audit.contains("RISK_PROFILE"));
        // T003 is cm1's: another manager may not take or read their profile
        assertEquals(403, http.get("marketing/customers/T003/risk-profile", staff("suit.cm3", "CUSTOMER_MANAGER")).status());
    }

    @Test
    public void recommendationsWaitForAValidRiskProfile() throws Exception {
        // T005 (POTENTIAL, no manager) has never taken one
        Http.Reply none = http.get("marketing/customers/T005/recommendations", cm1);
        assertEquals(none.toString(), 409, none.status());
        assertEquals("riskProfile", none.json().get("field").asText());
        assertTrue(none.body(), none.json().get("detail").asText().startsWith("RISK_PROFILE_MISSING"));

        assertEquals(201, http.postJson("marketing/customers/T005/risk-profile", cm1, ShelfTestData.BALANCED).status());
        assertEquals(200, http.get("marketing/customers/T005/recommendations", cm1).status());

        MovableClock clock = new MovableClock();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("branchdesk.clock", "true");
        ServiceRegistration<Clock> registration = context.registerService(Clock.class, clock, props);
        try {
            clock.advance(Duration.ofDays(364));
            assertEquals("the last valid day", 200, http.get("marketing/customers/T005/recommendations", cm1).status());
            clock.advance(Duration.ofDays(1));
            Http.Reply expired = http.get("marketing/customers/T005/recommendations", cm1);
            assertEquals(expired.toString(), 409, expired.status());
            assertEquals("riskProfile", expired.json().get("field").asText());
            assertTrue(expired.body(), expired.json().get("detail").asText().startsWith("RISK_PROFILE_EXPIRED"));
            assertTrue(http.get("marketing/customers/T005/risk-profile", cm1).json().get("expired").asBoolean());
            assertRefused(check("T005", "S-LOW", null), "RISK_PROFILE_EXPIRED");
            // renewed: recommendations again
            assertEquals(201, http.postJson("marketing/customers/T005/risk-profile", cm1, ShelfTestData.BALANCED).status());
            assertEquals(200, http.get("marketing/customers/T005/recommendations", cm1).status());
        } finally {
            registration.unregister();
        }
    }

    @Test
    public void recommendationsAreSuitableProductsOfFamiliesNotHeldGoalsFirst() {
        Http.Reply needs = http.putJson("marketing/customers/T003/needs", cm1, "{\"lifeStage\":\"ESTABLISHED_FAMILY\",\"goals\":["
                + "{\"goal\":\"GROWTH\",\"amount\":300000,\"horizonYears\":10}],\"notes\":\"wants more than deposits\"}");
        assertEquals(needs.toString(), 200, needs.status());
        JsonNode recommended = http.get("marketing/customers/T003/recommendations", cm1).json();
        List<String> codes = new ArrayList<>();
        recommended.forEach(r -> codes.add(r.get("product").get("code").asText() + "/" + r.get("source").asText()));
        // S-GOLD serves growth; S-LOW (bonds) does not; S-HIGH, S-PRIV, S-WIN are unsuitable; S-MIN and S-RISKFUND are funds, held
        assertEquals(recommended.toString(), List.of("S-GOLD/shelf", "S-LOW/shelf"), codes);
        assertEquals(1, http.get("marketing/customers/T003/recommendations?limit=1", cm1).json().size());
        assertEquals("limit", http.get("marketing/customers/T003/recommendations?limit=0", cm1).json().get("field").asText());
    }

    @Test
    public void aProposersUnsuitableProposalIsDroppedAndAuditedItsSuitableOneShown() {
        AtomicReference<ProposalContext> seen = new AtomicReference<>();
        ProductProposer nbo = new ProductProposer() {
            @Override
            public String name() {
                return "test-nbo";
            }

            @Override
            public List<Proposal> propose(ProposalContext context) {
                seen.set(context);
                return List.of(new Proposal("S-RISKFUND", null, "the model likes it"), new Proposal("NOT-SHELVED", null, "unknown"),
                        new Proposal("S-MIN", new BigDecimal("200000"), "a fund top-up"));
            }
        };
        ProductProposer broken = new ProductProposer() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<Proposal> propose(ProposalContext context) {
                throw new IllegalStateException("the model is down");
            }
        };
        Dictionary<String, Object> high = new Hashtable<>();
        high.put(Constants.SERVICE_RANKING, 10);
        ServiceRegistration<ProductProposer> a = context.registerService(ProductProposer.class, nbo, new Hashtable<>());
        ServiceRegistration<ProductProposer> b = context.registerService(ProductProposer.class, broken, high);
        try {
            JsonNode recommended = http.get("marketing/customers/T003/recommendations", cm1).json();
            assertTrue(recommended.toString(), recommended.size() >= 1);
            JsonNode first = recommended.get(0);
            assertEquals("the proposers' first", "S-MIN", first.get("product").get("code").asText());
            assertEquals("test-nbo", first.get("source").asText());
            assertEquals("a fund top-up", first.get("reason").asText());
            assertEquals(0, new BigDecimal("200000").compareTo(first.get("amount").decimalValue()));
            assertFalse(recommended.toString(), recommended.toString().contains("S-RISKFUND"));
            assertFalse(recommended.toString(), recommended.toString().contains("NOT-SHELVED"));

            ProposalContext c = seen.get();
            assertNotNull(c);
            assertEquals("T003", c.customerId());
            assertEquals("C3", c.tolerance().name());
            assertTrue(c.held().toString(), c.held().contains(org.branchdesk.customer.api.ProductCategory.FUND));
            assertFalse("a retired product is not on the shelf it is shown", c.shelf().stream().anyMatch(p -> p.code().equals("S-OLD")));

            String audit = http.get("audit?customer=T003&actor=cm1&limit=1000", staff("suit.auditor3", "AUDITOR")).body();
            assertTrue(audit, audit.contains("product S-RISKFUND for 1000.00: RISK_ABOVE_TOLERANCE"));
        } finally {
            a.unregister();
            b.unregister();
        }
    }

    @Test
    public void theExampleIntegratorsProposerIsShownThroughSuitability() throws Exception {
        // T004 (MASS_AFFLUENT, holds nothing): a first wealth product, of the ones offered to their segment
        put("S-WLTMA", "wealth products", "R1", "5000", ",\"segments\":[\"MASS_AFFLUENT\"]");
        assertEquals(201, http.postJson("marketing/customers/T004/risk-profile", cm1, ShelfTestData.CAUTIOUS).status());
        org.osgi.framework.Bundle example = context.installBundle(java.nio.file.Path.of(System.getProperty("branchdesk.example")).toUri()
                .toString());
        try {
            example.start();
            JsonNode first = http.get("marketing/customers/T004/recommendations", cm1).json().get(0);
            assertEquals(first.toString(), "S-WLTMA", first.get("product").get("code").asText());
            assertEquals("prospecting", first.get("source").asText());
            assertTrue(first.get("reason").asText().startsWith("prospecting: "));
        } finally {
            example.uninstall();
        }
        JsonNode without = http.get("marketing/customers/T004/recommendations", cm1).json();
        assertEquals("without the example the shelf's own rule still recommends it", "shelf", without.get(0).get("source").asText());
    }
}
