package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.api.TargetCriteria;
import org.branchdesk.lobby.api.ArrivalSource;
import org.branchdesk.lobby.api.Lead;
import org.branchdesk.lobby.api.LeadStatus;
import org.branchdesk.lobby.api.LobbyService;
import org.branchdesk.marketing.api.Campaign;
import org.branchdesk.marketing.api.CampaignContact;
import org.branchdesk.marketing.api.CampaignInput;
import org.branchdesk.marketing.api.Campaigns;
import org.branchdesk.marketing.api.ContactInput;
import org.branchdesk.marketing.api.ContactOutcome;
import org.branchdesk.marketing.api.RiskTolerance;
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
 * Opportunities through the real framework (wealth-centre tier): from a lobby lead (followed up,
 * once), from a referral (converted, its referrer credited with the configured share), an
 * unsuitable product refused, from a campaign contact that showed interest (once), and the stages
 * moving forward only.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OpportunitiesTest extends BranchdeskTestSupport {

    private static final Caller CM1 = new Caller("cm1", "cm1", Set.of(Role.CUSTOMER_MANAGER));
    private static final Caller TELLER = new Caller("teller1", "teller1", Set.of(Role.TELLER));
    private static boolean prepared;

    private String cm1;
    private String cm2;
    private String head;
    private String teller;

    @Before
    public void branch() throws Exception {
        if (!prepared) {
            importSampleBranch();
            staff("cm2", "CUSTOMER_MANAGER");
            staff("head1", "CENTER_HEAD");
            staff("teller1", "TELLER");
            PlansFixture.shelve(context);
            PlansFixture.assess(context, "T003", RiskTolerance.C3, CM1); // MID, cm1's
            PlansFixture.assess(context, "T002", RiskTolerance.C3, CM1); // HIGH
            PlansFixture.assess(context, "T004", RiskTolerance.C2, CM1); // MASS_AFFLUENT, no manager
            prepared = true;
        }
        cm1 = http.login("cm1", passwordOf("cm1"));
        cm2 = http.login("cm2", passwordOf("cm2"));
        head = http.login("head1", passwordOf("head1"));
        PlansFixture.awaitResources(http, head);
        teller = http.login("teller1", passwordOf("teller1"));
    }

    @Test
    public void aLobbyLeadOpensOneOpportunityAndIsFollowedUp() throws Exception {
        LobbyService lobby = PlansFixture.service(context, LobbyService.class);
        Lead lead = lobby.refer("T002", ArrivalSource.CASH_COUNTER, "asked about funds", TELLER);
        assertField(open("{\"source\":\"LEAD\",\"sourceRef\":999999,\"productCode\":\"PL-FND\"}", cm1), 400, "sourceRef");
        assertField(open("{\"source\":\"LEAD\",\"productCode\":\"PL-FND\"}", cm1), 400, "sourceRef");
        Http.Reply r = open("{\"source\":\"LEAD\",\"sourceRef\":" + lead.id() + ",\"productCode\":\"PL-FND\",\"expectedAmount\":100000}", cm1);
        assertEquals(r.toString(), 201, r.status());
        JsonNode o = r.json();
        assertEquals("T002", o.get("customerId").asText());
        // the customer's manager works it (the caller, for a customer without one)
        assertEquals(PlansFixture.service(context, AssignmentService.class).current("T002", PlansFixture.HEAD).map(a -> a.manager()).orElse("cm1"),
                o.get("manager").asText());
        assertEquals("OPEN", o.get("stage").asText());
        assertTrue(o.get("referrer").isNull());
        assertTrue(lobby.leads(LeadStatus.FOLLOWED_UP, CM1).stream().anyMatch(l -> l.id() == lead.id()));
        assertTrue(lobby.openLeads("T002", CM1).isEmpty());
        assertField(open("{\"source\":\"LEAD\",\"sourceRef\":" + lead.id() + ",\"productCode\":\"PL-DEP\"}", cm1), 409, "sourceRef");
        assertEquals(1, mine(cm1).stream().filter(x -> "LEAD".equals(x.get("source").asText()) && x.get("sourceRef").asLong() == lead.id()).count());
    }

    @Test
    public void aReferralOpensAnOpportunityWhoseWinCreditsManagerAndReferrer() throws Exception {
        LocalDate today = LocalDate.now();
        BigDecimal tellerBefore = credit(teller, "teller1", "creditAsReferrer");
        BigDecimal cm1Before = credit(cm1, "cm1", "creditAsManager");
        // a teller refers T003 to its own manager (toManager absent)
        Http.Reply made = http.postJson("marketing/referrals", teller, "{\"kind\":\"STAFF\",\"customerId\":\"T003\",\"note\":\"asked about a fund\"}");
        assertEquals(made.toString(), 201, made.status());
        JsonNode referral = made.json();
        assertEquals("cm1", referral.get("toManager").asText());
        assertEquals("teller1", referral.get("referredBy").asText());
        assertEquals("OPEN", referral.get("status").asText());
        long rid = referral.get("id").asLong();
        assertField(http.postJson("marketing/referrals", teller, "{\"kind\":\"STAFF\",\"customerId\":\"T003\",\"toManager\":\"teller1\"}"), 400,
                "toManager");
        // an ordinary customer has no manager: the referral must name one
        assertTrue(PlansFixture.service(context, AssignmentService.class).current("T006", PlansFixture.HEAD).isEmpty());
        assertField(http.postJson("marketing/referrals", teller, "{\"kind\":\"STAFF\",\"customerId\":\"T006\"}"), 400, "toManager");
        assertField(http.postJson("marketing/referrals", teller, "{\"kind\":\"STAFF\",\"customerId\":\"NOBODY\",\"toManager\":\"cm1\"}"), 400,
                "customerId");
        assertField(http.postJson("marketing/referrals", teller, "{\"kind\":\"CUSTOMER\",\"customerId\":\"T002\",\"toManager\":\"cm2\"}"), 400,
                "introducingCustomer");
        assertEquals(403, http.postJson("marketing/opportunities", cm2, "{\"source\":\"REFERRAL\",\"sourceRef\":" + rid
                + ",\"productCode\":\"PL-FND\"}").status());

        Http.Reply r = open("{\"source\":\"REFERRAL\",\"sourceRef\":" + rid + ",\"productCode\":\"PL-FND\",\"expectedAmount\":200000}", cm1);
        assertEquals(r.toString(), 201, r.status());
        JsonNode o = r.json();
        assertEquals("T003", o.get("customerId").asText());
        assertEquals("teller1", o.get("referrer").asText());
        JsonNode converted = http.get("marketing/referrals/" + rid, teller).json();
        assertEquals("CONVERTED", converted.get("status").asText());
        assertEquals(o.get("id").asLong(), converted.get("opportunityId").asLong());
        assertField(open("{\"source\":\"REFERRAL\",\"sourceRef\":" + rid + ",\"productCode\":\"PL-FND\"}", cm1), 409, "sourceRef");
        assertField(http.postJson("marketing/referrals/" + rid + "/decline", cm1, "{\"reason\":\"too late\"}"), 409, "status");

        JsonNode won = move(o.get("id").asLong(), "won", "{\"amount\":200000}", 200, cm1);
        assertEquals("WON", won.get("stage").asText());
        // the default split: the manager 70 %, the referrer 30 %
        assertEquals(0, cm1Before.add(new BigDecimal("140000.00")).compareTo(credit(cm1, "cm1", "creditAsManager")));
        assertEquals(0, tellerBefore.add(new BigDecimal("60000.00")).compareTo(credit(teller, "teller1", "creditAsReferrer")));
        // per person: the teller sees only themself, the centre head everyone
        Http.Reply own = http.get("marketing/credits?from=" + today + "&to=" + today, teller);
        assertEquals(own.toString(), 1, own.json().size());
        assertEquals("teller1", own.json().get(0).get("staff").asText());
        assertTrue(own.json().get(0).get("referralsMade").asInt() >= 1);
        List<String> everyone = new ArrayList<>();
        http.get("marketing/credits?from=" + today + "&to=" + today, head).json().forEach(c -> everyone.add(c.get("staff").asText()));
        assertTrue(everyone.toString(), everyone.containsAll(List.of("cm1", "teller1")));
        assertField(http.get("marketing/credits?from=" + today + "&to=" + today.minusDays(1), head), 400, "from");
        assertField(http.get("marketing/credits?from=yesterday", head), 400, "from");

        // a customer introduces another one; the manager declines it; the teller cannot decline
        Http.Reply intro = http.postJson("marketing/referrals", cm1, "{\"kind\":\"CUSTOMER\",\"customerId\":\"T002\",\"introducingCustomer\":\"T003\","
                + "\"toManager\":\"cm2\"}");
        assertEquals(intro.toString(), 201, intro.status());
        long iid = intro.json().get("id").asLong();
        assertEquals(403, http.postJson("marketing/referrals/" + iid + "/decline", teller, "{\"reason\":\"x\"}").status());
        assertField(http.postJson("marketing/referrals/" + iid + "/decline", cm2, "{}"), 400, "reason");
        assertEquals("DECLINED", http.postJson("marketing/referrals/" + iid + "/decline", cm2, "{\"reason\":\"not reachable\"}").json()
                .get("status").asText());
        assertEquals(403, http.get("marketing/referrals/" + iid, teller).status());
        assertTrue(http.get("marketing/referrals?status=DECLINED", cm2).body().contains("\"id\":" + iid + ","));
        assertEquals(403, http.get("marketing/referrals?staff=cm2", teller).status());
    }

    @Test
    public void anUnsuitableProductOpensNothing() throws Exception {
        int before = mine(cm1).size();
        Http.Reply r = open("{\"source\":\"MANUAL\",\"customerId\":\"T003\",\"productCode\":\"PL-STK\",\"expectedAmount\":50000}", cm1);
        assertField(r, 409, "productCode");
        assertTrue(r.toString(), r.json().get("detail").asText().startsWith("RISK_ABOVE_TOLERANCE"));
        Http.Reply below = open("{\"source\":\"MANUAL\",\"customerId\":\"T003\",\"productCode\":\"PL-FND\",\"expectedAmount\":500}", cm1);
        assertField(below, 409, "productCode");
        assertTrue(below.toString(), below.json().get("detail").asText().startsWith("BELOW_MINIMUM"));
        assertEquals(before, mine(cm1).size());
        // a win is checked for the amount bought
        JsonNode o = open("{\"source\":\"MANUAL\",\"customerId\":\"T003\",\"productCode\":\"PL-FND\",\"expectedAmount\":50000}", cm1).json();
        Http.Reply small = http.postJson("marketing/opportunities/" + o.get("id").asLong() + "/won", cm1, "{\"amount\":5000}");
        assertEquals(small.toString(), 409, small.status());
        assertTrue(small.toString(), small.json().get("detail").asText().startsWith("BELOW_MINIMUM"));
        assertEquals("OPEN", http.get("marketing/opportunities/" + o.get("id").asLong(), cm1).json().get("stage").asText());
    }

    @Test
    public void stagesMoveForwardOnly() throws Exception {
        JsonNode o = open("{\"source\":\"MANUAL\",\"customerId\":\"T003\",\"productCode\":\"PL-DEP\",\"expectedAmount\":30000,\"note\":\"renewal\"}",
                cm1).json();
        long id = o.get("id").asLong();
        assertEquals("cm1", o.get("manager").asText());
        assertEquals(403, http.get("marketing/opportunities/" + id, cm2).status());
        assertEquals(403, http.postJson("marketing/opportunities/" + id + "/proposal", cm2, "").status());
        assertEquals(403, http.get("marketing/opportunities?manager=cm1", cm2).status());
        assertEquals(403, http.get("marketing/opportunities", teller).status());
        assertEquals("PROPOSAL", move(id, "proposal", "", 200, cm1).get("stage").asText());
        assertField(http.postJson("marketing/opportunities/" + id + "/proposal", cm1, ""), 409, "stage");
        assertField(http.postJson("marketing/opportunities/" + id + "/lost", cm1, "{}"), 400, "reason");
        assertField(http.postJson("marketing/opportunities/" + id + "/won", cm1, "{}"), 400, "amount");
        JsonNode lost = move(id, "lost", "{\"reason\":\"chose another bank's deposit\"}", 200, cm1);
        assertEquals("LOST", lost.get("stage").asText());
        assertEquals("chose another bank's deposit", lost.get("lostReason").asText());
        assertFalse(lost.get("closedAt").isNull());
        assertField(http.postJson("marketing/opportunities/" + id + "/won", cm1, "{\"amount\":30000}"), 409, "stage");
        assertField(http.postJson("marketing/opportunities/" + id + "/proposal", cm1, ""), 409, "stage");
        assertTrue(http.get("marketing/opportunities?stage=LOST", cm1).body().contains("\"id\":" + id + ","));
        assertFalse(http.get("marketing/opportunities?stage=OPEN", cm1).body().contains("\"id\":" + id + ","));
        assertTrue(http.get("marketing/opportunities?manager=cm1", head).body().contains("\"id\":" + id + ","));
        assertField(http.get("marketing/opportunities?stage=SOMEDAY", cm1), 400, "stage");
        assertField(open("{\"customerId\":\"T003\",\"productCode\":\"PL-DEP\"}", cm1), 400, "source");
        assertField(open("{\"source\":\"MANUAL\",\"customerId\":\"T003\",\"sourceRef\":5,\"productCode\":\"PL-DEP\"}", cm1), 400, "sourceRef");
        assertField(open("{\"source\":\"MANUAL\",\"productCode\":\"PL-DEP\"}", cm1), 400, "customerId");
        assertField(open("{\"source\":\"CAMPAIGN\",\"productCode\":\"PL-DEP\"}", cm1), 400, "sourceRef");
        assertEquals(404, http.get("marketing/opportunities/999999", cm1).status());

        // a customer without a manager: the manager who opens it works it
        assertTrue(PlansFixture.service(context, AssignmentService.class).current("T004", PlansFixture.HEAD).isEmpty());
        JsonNode developed = open("{\"source\":\"MANUAL\",\"customerId\":\"T004\",\"productCode\":\"PL-DEP\",\"expectedAmount\":5000}", cm2).json();
        assertEquals("cm2", developed.get("manager").asText());
        assertEquals(200, http.get("marketing/opportunities/" + developed.get("id").asLong(), cm2).status());
    }

    @Test
    public void aCampaignContactThatShowedInterestOpensOneOpportunity() throws Exception {
        Campaigns campaigns = PlansFixture.service(context, Campaigns.class);
        Campaign c = campaigns.define(new CampaignInput("Education savings", "plans for school fees", List.of(Channel.PHONE),
                new TargetCriteria(Set.of(Segment.MID), null, null, null, null, null, null, null, null, null, null), null, null, null),
                PlansFixture.HEAD);
        campaigns.launch(c.id(), PlansFixture.HEAD);
        CampaignContact interested = campaigns.contact(c.id(), "T003", new ContactInput(Channel.PHONE, ContactOutcome.INTERESTED, null, null,
                null, "call back about a fund"), CM1);
        CampaignContact declined = campaigns.contact(c.id(), "T003", new ContactInput(Channel.PHONE, ContactOutcome.NOT_INTERESTED, null, null,
                null, null), CM1);
        Http.Reply r = open("{\"source\":\"CAMPAIGN\",\"sourceRef\":" + interested.id() + ",\"productCode\":\"PL-FND\",\"expectedAmount\":30000}", cm1);
        assertEquals(r.toString(), 201, r.status());
        assertEquals("T003", r.json().get("customerId").asText());
        assertEquals("CAMPAIGN", r.json().get("source").asText());
        assertField(open("{\"source\":\"CAMPAIGN\",\"sourceRef\":" + interested.id() + ",\"productCode\":\"PL-FND\"}", cm1), 409, "sourceRef");
        assertField(open("{\"source\":\"CAMPAIGN\",\"sourceRef\":" + declined.id() + ",\"productCode\":\"PL-FND\"}", cm1), 409, "sourceRef");
        assertField(open("{\"source\":\"CAMPAIGN\",\"sourceRef\":999999,\"productCode\":\"PL-FND\"}", cm1), 400, "sourceRef");
        assertField(open("{\"source\":\"CAMPAIGN\",\"sourceRef\":" + interested.id() + ",\"customerId\":\"T002\",\"productCode\":\"PL-FND\"}",
                cm1), 400, "customerId");
    }

    @Test
    public void theSplitIsConfigurationAndABadOneNeverTakesEffect() throws Exception {
        org.osgi.service.cm.Configuration config = PlansFixture.service(context, org.osgi.service.cm.ConfigurationAdmin.class)
                .getConfiguration("org.branchdesk.marketing.referrals", "?");
        try {
            java.util.Dictionary<String, Object> split = new java.util.Hashtable<>();
            split.put("managerShare", 80);
            split.put("referrerShare", 20);
            config.update(split);
            awaitSplit(80);
            PlansFixture.awaitResources(http, head); // the resource follows the service it waits for
            java.util.Dictionary<String, Object> bad = new java.util.Hashtable<>();
            bad.put("managerShare", 60);
            bad.put("referrerShare", 30);
            config.update(bad); // refused by the configuration check: the module keeps 80 / 20
            awaitSplit(80);
            PlansFixture.awaitResources(http, head); // the update may have cycled the components for a moment
            Http.Reply made = http.postJson("marketing/referrals", teller, "{\"kind\":\"STAFF\",\"customerId\":\"T003\"}");
            assertEquals(made.toString(), 201, made.status());
            Http.Reply opened = open("{\"source\":\"REFERRAL\",\"sourceRef\":" + made.json().get("id").asLong() + ",\"productCode\":\"PL-FND\"}", cm1);
            assertEquals(opened.toString(), 201, opened.status());
            long id = opened.json().get("id").asLong();
            BigDecimal tellerBefore = credit(teller, "teller1", "creditAsReferrer");
            BigDecimal cm1Before = credit(cm1, "cm1", "creditAsManager");
            move(id, "won", "{\"amount\":10000.05}", 200, cm1);
            assertEquals(0, cm1Before.add(new BigDecimal("8000.04")).compareTo(credit(cm1, "cm1", "creditAsManager")));
            assertEquals(0, tellerBefore.add(new BigDecimal("2000.01")).compareTo(credit(teller, "teller1", "creditAsReferrer")));
            assertEquals(80, ((Number) context.getServiceReference(org.branchdesk.marketing.api.Opportunities.class).getProperty("managerShare")).intValue());
        } finally {
            java.util.Dictionary<String, Object> defaults = new java.util.Hashtable<>();
            defaults.put("managerShare", 70);
            defaults.put("referrerShare", 30);
            config.update(defaults); // the other tests of the class count on the default split
            awaitSplit(70);
            PlansFixture.awaitResources(http, head);
        }
    }

    /** Waits until the opportunities service runs with the given manager share. */
    private void awaitSplit(int managerShare) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            org.osgi.framework.ServiceReference<?> ref = context.getServiceReference(org.branchdesk.marketing.api.Opportunities.class);
            Object share = ref == null ? "none" : ref.getProperty("managerShare");
            if (share != null && !"none".equals(share) && Integer.parseInt(String.valueOf(share)) == managerShare) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the opportunities service did not take managerShare " + managerShare);
    }

    private Http.Reply open(String body, String token) {
        return http.postJson("marketing/opportunities", token, body);
    }

    private JsonNode move(long id, String step, String body, int status, String token) {
        Http.Reply r = http.postJson("marketing/opportunities/" + id + "/" + step, token, body);
        assertEquals(r.toString(), status, r.status());
        return r.json();
    }

    private List<JsonNode> mine(String token) {
        Http.Reply r = http.get("marketing/opportunities", token);
        assertEquals(r.toString(), 200, r.status());
        List<JsonNode> list = new ArrayList<>();
        r.json().forEach(list::add);
        return list;
    }

    private BigDecimal credit(String token, String who, String field) {
        Http.Reply r = http.get("marketing/credits", token);
        assertEquals(r.toString(), 200, r.status());
        for (JsonNode c : r.json()) {
            if (c.get("staff").asText().equals(who)) {
                return c.get(field).decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    private static void assertField(Http.Reply r, int status, String field) {
        assertEquals(r.toString(), status, r.status());
        assertEquals(r.toString(), field, r.json().get("field").asText());
    }
}
