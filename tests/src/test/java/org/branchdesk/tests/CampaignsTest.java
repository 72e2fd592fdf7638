package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.marketing.api.CampaignTarget;
import org.branchdesk.marketing.api.Campaigns;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Campaigns through the real framework on the sample branch (cm1 manages T002, T003 and T007
 * after the segmentation run's allocation): opt-outs honoured at each contact, the contact cap
 * across campaigns, one launch however many try, the scheduled launch once.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CampaignsTest extends BranchdeskTestSupport {

    private static final Caller HEAD = new Caller("ca.head", "Head", Set.of(Role.CENTER_HEAD));
    private static boolean imported;

    private String head;
    private String cm1;
    private String cm2;
    private String teller;

    @Before
    public void sampleBranch() {
        if (!imported) {
            importSampleBranch();
            imported = true;
        }
        head = staff("ca.head", "CENTER_HEAD");
        cm1 = http.login("cm1", passwordOf("cm1"));
        cm2 = staff("ca.cm2", "CUSTOMER_MANAGER");
        teller = staff("ca.teller", "TELLER");
    }

    @Test
    public void anOptOutRecordedMidCampaignBlocksTheNextContactThroughThatChannelOnly() {
        long a = launched(define("Opt-out A", "{\"manager\":\"cm1\"}"));
        long b = launched(define("Opt-out B", "{\"manager\":\"cm1\"}"));
        assertEquals(201, contact(a, "T002", "PHONE", "INTERESTED", cm1).status());

        Http.Reply out = http.postJson("marketing/customers/T002/opt-outs", teller, "{\"channel\":\"PHONE\",\"note\":\"no more calls\"}");
        assertEquals(out.toString(), 201, out.status());
        Http.Reply refused = contact(a, "T002", "PHONE", "APPOINTMENT", cm1);
        assertEquals(refused.toString(), 409, refused.status());
        assertEquals("channel", refused.json().get("field").asText());
        assertTrue(refused.toString(), refused.body().contains("opted out of PHONE"));
        assertEquals("nothing written", 1, http.get("marketing/campaigns/" + a + "/contacts?customerId=T002", cm1).json().size());
        assertEquals("another channel still works", 201, contact(a, "T002", "SMS", "APPOINTMENT", cm1).status());

        // T003 opts out of campaign B only, every channel: campaign A may still call
        assertEquals(201, http.postJson("marketing/customers/T003/opt-outs", cm1, "{\"campaignId\":" + b + "}").status());
        assertEquals(409, contact(b, "T003", "SMS", "INTERESTED", cm1).status());
        assertEquals("another campaign's opt-out does not block", 201, contact(a, "T003", "PHONE", "NO_ANSWER", cm1).status());

        JsonNode list = http.get("marketing/customers/T002/opt-outs", cm1).json();
        assertEquals(1, list.size());
        long id = list.get(0).get("id").asLong();
        Http.Reply withdrawn = http.post("marketing/opt-outs/" + id + "/withdraw", teller, "application/json", "");
        assertEquals(withdrawn.toString(), 200, withdrawn.status());
        assertTrue(withdrawn.json().has("withdrawnAt") && !withdrawn.json().get("withdrawnAt").isNull());
        assertEquals(409, http.post("marketing/opt-outs/" + id + "/withdraw", teller, "application/json", "").status());
    }

    @Test
    public void theContactCapHoldsAcrossCampaignsAndARefusalWritesNothing() {
        long a = launched(define("Cap A", "{\"manager\":\"cm1\"}"));
        long b = launched(define("Cap B", "{\"manager\":\"cm1\"}"));
        assertEquals(201, contact(a, "T007", "PHONE", "NO_ANSWER", cm1).status());
        assertEquals(201, contact(b, "T007", "SMS", "INTERESTED", head).status());
        int logged = interactions().of("T007", 100, HEAD).size();

        Http.Reply third = contact(a, "T007", "PHONE", "INTERESTED", cm1);
        assertEquals(third.toString(), 409, third.status());
        assertEquals("customerId", third.json().get("field").asText());
        assertTrue(third.toString(), third.body().contains("contact cap"));
        assertEquals("no contact written", 1, http.get("marketing/campaigns/" + a + "/contacts?customerId=T007", cm1).json().size());
        assertEquals("nothing in the interaction log", logged, interactions().of("T007", 100, HEAD).size());

        JsonNode funnel = http.get("marketing/campaigns/" + b + "/funnel", head).json();
        assertEquals(3, funnel.get("total").get("targets").asInt());
        assertEquals(1, funnel.get("total").get("contacted").asInt());
        assertEquals(1, funnel.get("total").get("interested").asInt());
        assertEquals(1, funnel.get("byManager").get("cm1").get("reached").asInt());
    }

    @Test
    public void aRelaunchIsAConflictAndTheTargetListStaysAsItWas() {
        long id = define("Relaunch", "{}");
        assertEquals(7, launch(id).json().get("targets").asInt());
        List<CampaignTarget> before = campaigns().targets(id, null, 0, 1000, HEAD);
        Http.Reply again = launch(id);
        assertEquals(again.toString(), 409, again.status());
        assertEquals("status", again.json().get("field").asText());
        assertEquals(before, campaigns().targets(id, null, 0, 1000, HEAD));
        assertEquals(List.of("T002", "T003", "T007"), http.get("marketing/campaigns/" + id + "/targets", cm1).json().findValuesAsText("customerId"));
        assertEquals(403, http.get("marketing/campaigns/" + id + "/targets?manager=cm1", cm2).status());
        assertEquals(409, http.putJson("marketing/campaigns/" + id, head, body("Too late", "{}")).status());
    }

    @Test
    public void twoLaunchesAtOnceLaunchOnceWithoutDuplicateTargets() throws Exception {
        long id = define("Race", "{}");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> tries = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                tries.add(pool.submit(() -> {
                    start.await();
                    try {
                        return "launched " + campaigns().launch(id, HEAD).targets();
                    } catch (ConflictException e) {
                        return "conflict " + e.field();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : tries) {
                results.add(f.get());
            }
            results.sort(null);
            assertEquals(List.of("conflict status", "launched 7"), results);
        } finally {
            pool.shutdownNow();
        }
        List<CampaignTarget> targets = campaigns().targets(id, null, 0, 1000, HEAD);
        assertEquals(7, targets.size());
        assertEquals(7, new HashSet<>(targets.stream().map(CampaignTarget::customerId).toList()).size());
        assertEquals(7, campaigns().campaign(id, HEAD).targets());
    }

    @Test
    public void theScheduledLaunchLaunchesOnceWhenItsTimeComes() throws Exception {
        MovableClock clock = new MovableClock();
        Dictionary<String, Object> clockProps = new Hashtable<>();
        clockProps.put("branchdesk.clock", "true");
        ServiceRegistration<Clock> registration = context.registerService(Clock.class, clock, clockProps);
        Configuration config = context.getService(context.getServiceReference(ConfigurationAdmin.class))
                .getConfiguration("org.branchdesk.marketing.campaigns", "?");
        try {
            Dictionary<String, Object> every = new Hashtable<>();
            every.put("checkSeconds", 1);
            config.update(every);
            Instant at = clock.instant().plus(Duration.ofHours(1));
            Http.Reply defined = awaitReply(() -> http.postJson("marketing/campaigns", head, "{\"name\":\"Scheduled\",\"channels\":[\"PHONE\"],"
                    + "\"target\":{\"manager\":\"cm1\"},\"launchAt\":\"" + at + "\"}"), r -> r.status() == 201);
            long id = defined.json().get("id").asLong();
            assertEquals("DRAFT", defined.json().get("status").asText());
            Instant from = Instant.now().minusSeconds(1);
            clock.advance(Duration.ofHours(2));
            JsonNode launched = awaitReply(() -> http.get("marketing/campaigns/" + id, head),
                    r -> r.status() == 200 && "LAUNCHED".equals(r.json().get("status").asText())).json();
            assertEquals("(marketing)", launched.get("launchedBy").asText());
            assertEquals(3, launched.get("targets").asInt());
            // later checks find nothing to launch: one launch in the audit log, the same targets
            AuditLog audit = context.getService(context.getServiceReference(AuditLog.class));
            Thread.sleep(2500); // a few more checks at one second each
            long launches = audit.query("(marketing)", null, from, Instant.now().plusSeconds(1), 100).stream()
                    .filter(e -> e.action().equals("CAMPAIGN_LAUNCH") && e.detail().startsWith("campaign " + id + " ")).count();
            assertEquals(1, launches);
            assertEquals(3, campaigns().targets(id, null, 0, 1000, HEAD).size());
            assertEquals(409, launch(id).status());
        } finally {
            config.delete();
            registration.unregister();
        }
    }

    @Test
    public void aSaleIsRefusedUnlessSuitabilityAllowsItAndARefusalWritesNothing() throws Exception {
        ShelfTestData.awaitShelf(http, head);
        product("CA-BOND", "bonds", "R2");
        product("CA-STOCK", "stocks", "R5");
        // T003 (MID, cm1's): tolerance C3
        Http.Reply assessed = http.postJson("marketing/customers/T003/risk-profile", cm1, ShelfTestData.BALANCED);
        assertEquals(assessed.toString(), 201, assessed.status());
        Http.Reply unknown = http.postJson("marketing/campaigns", head, "{\"name\":\"No such product\",\"channels\":[\"PHONE\"],"
                + "\"target\":{},\"productCode\":\"CA-NONE\"}");
        assertEquals(unknown.toString(), 400, unknown.status());
        assertEquals("productCode", unknown.json().get("field").asText());
        Http.Reply defined = http.postJson("marketing/campaigns", head, "{\"name\":\"Sale\",\"channels\":[\"PHONE\"],"
                + "\"target\":{\"manager\":\"cm1\"},\"productCode\":\"CA-BOND\"}");
        assertEquals(defined.toString(), 201, defined.status());
        long id = launched(defined.json().get("id").asLong());

        int logged = interactions().of("T003", 100, HEAD).size();
        Http.Reply sale = sale(id, "CA-STOCK", "50000.00");
        assertEquals(sale.toString(), 409, sale.status());
        assertEquals("productCode", sale.json().get("field").asText());
        assertTrue(sale.toString(), sale.json().get("detail").asText().startsWith("RISK_ABOVE_TOLERANCE"));
        assertEquals("nothing written", 0, http.get("marketing/campaigns/" + id + "/contacts?customerId=T003", cm1).json().size());
        assertEquals(logged, interactions().of("T003", 100, HEAD).size());
        Http.Reply noProduct = http.postJson("marketing/campaigns/" + id + "/contacts", cm1, "{\"customerId\":\"T003\",\"channel\":\"PHONE\","
                + "\"outcome\":\"BOUGHT\"}");
        assertEquals(400, noProduct.status());
        assertEquals("productCode", noProduct.json().get("field").asText());

        Http.Reply bought = sale(id, "CA-BOND", "50000.00");
        assertEquals(bought.toString(), 201, bought.status());
        long contactId = bought.json().get("id").asLong();
        assertEquals("in the interaction log", logged + 1, interactions().of("T003", 100, HEAD).size());
        assertEquals("BOUGHT CA-BOND 50000.00", interactions().of("T003", 1, HEAD).get(0).outcome());
        assertEquals("campaign: Sale", interactions().of("T003", 1, HEAD).get(0).purpose());
        assertEquals(bought.json().get("interactionId").asLong(), interactions().of("T003", 1, HEAD).get(0).id());
        assertEquals("CA-BOND", http.get("marketing/contacts/" + contactId, cm1).json().get("productCode").asText());
        JsonNode funnel = http.get("marketing/campaigns/" + id + "/funnel", cm1).json();
        assertEquals(1, funnel.get("total").get("bought").asInt());
        assertEquals("50000.00", funnel.get("total").get("amount").asText());
        assertEquals("BOUGHT", http.get("marketing/campaigns/" + id + "/targets", cm1).json().get(1).get("outcome").asText());
    }

    @Test
    public void twoContactsAtOnceForTheCapsLastPlaceRecordOne() throws Exception {
        long a = launched(define("Last place A", "{}"));
        long b = launched(define("Last place B", "{}"));
        // T005 has no manager: the centre head contacts them
        assertEquals(201, contact(a, "T005", "PHONE", "NO_ANSWER", head).status());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> tries = new ArrayList<>();
            for (long campaign : List.of(a, b)) {
                tries.add(pool.submit(() -> {
                    start.await();
                    return contact(campaign, "T005", "SMS", "INTERESTED", head).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : tries) {
                statuses.add(f.get());
            }
            statuses.sort(null);
            assertEquals(List.of(201, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        int contacts = http.get("marketing/campaigns/" + a + "/contacts?customerId=T005", head).json().size()
                + http.get("marketing/campaigns/" + b + "/contacts?customerId=T005", head).json().size();
        assertEquals(2, contacts);
    }

    private void product(String code, String family, String risk) {
        Http.Reply r = http.putJson("marketing/products/" + code, head, "{\"name\":\"" + code + "\",\"family\":\"" + family
                + "\",\"issuer\":\"OWN\",\"risk\":\"" + risk + "\",\"minimumAmount\":1000}");
        assertEquals(r.toString(), 200, r.status());
    }

    private Http.Reply sale(long campaign, String product, String amount) {
        return http.postJson("marketing/campaigns/" + campaign + "/contacts", cm1, "{\"customerId\":\"T003\",\"channel\":\"PHONE\","
                + "\"outcome\":\"BOUGHT\",\"productCode\":\"" + product + "\",\"amount\":" + amount + "}");
    }

    @Test
    public void rolesChannelsAndTheCampaignsStatusAreChecked() {
        assertEquals(403, http.postJson("marketing/campaigns", teller, body("Teller's", "{}")).status());
        assertEquals(403, http.postJson("marketing/campaigns", cm1, body("Manager's", "{}")).status());
        Http.Reply bad = http.postJson("marketing/campaigns", head, body("Bad", "{\"minAge\":50,\"maxAge\":40}"));
        assertEquals(bad.toString(), 400, bad.status());
        assertEquals("target.maxAge", bad.json().get("field").asText());
        Http.Reply noChannel = http.postJson("marketing/campaigns", head, "{\"name\":\"x\",\"channels\":[],\"target\":{}}");
        assertEquals("channels", noChannel.json().get("field").asText());

        long id = define("Roles", "{\"manager\":\"cm1\"}");
        assertEquals("a draft takes no contact", 404, contact(id, "T002", "PHONE", "INTERESTED", cm1).status());
        launched(id);
        assertEquals(403, contact(id, "T002", "PHONE", "INTERESTED", cm2).status());
        Http.Reply channel = contact(id, "T002", "EMAIL", "INTERESTED", cm1);
        assertEquals(channel.toString(), 400, channel.status());
        assertEquals("channel", channel.json().get("field").asText());
        assertEquals("not a target", 404, contact(id, "T001", "PHONE", "INTERESTED", head).status());
        assertEquals(200, http.post("marketing/campaigns/" + id + "/close", head, "application/json", "").status());
        Http.Reply closed = contact(id, "T002", "PHONE", "INTERESTED", cm1);
        assertEquals(closed.toString(), 409, closed.status());
        assertEquals("status", closed.json().get("field").asText());
        assertEquals(403, http.get("marketing/campaigns/" + id + "/funnel", teller).status());
    }

    private long define(String name, String target) {
        Http.Reply r = http.postJson("marketing/campaigns", head, body(name, target));
        assertEquals(r.toString(), 201, r.status());
        return r.json().get("id").asLong();
    }

    private static String body(String name, String target) {
        return "{\"name\":\"" + name + "\",\"purpose\":\"test\",\"channels\":[\"PHONE\",\"SMS\"],\"target\":" + target + "}";
    }

    private long launched(long id) {
        Http.Reply r = launch(id);
        assertEquals(r.toString(), 200, r.status());
        return id;
    }

    private Http.Reply launch(long id) {
        return http.post("marketing/campaigns/" + id + "/launch", head, "application/json", "");
    }

    private Http.Reply contact(long campaign, String customer, String channel, String outcome, String token) {
        return http.postJson("marketing/campaigns/" + campaign + "/contacts", token, "{\"customerId\":\"" + customer + "\",\"channel\":\""
                + channel + "\",\"outcome\":\"" + outcome + "\"}");
    }

    private Campaigns campaigns() {
        return context.getService(context.getServiceReference(Campaigns.class));
    }

    private InteractionLog interactions() {
        return context.getService(context.getServiceReference(InteractionLog.class));
    }

    private static Http.Reply awaitReply(Supplier<Http.Reply> call, Predicate<Http.Reply> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Http.Reply last = call.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            last = call.get();
        }
        if (!done.test(last)) {
            throw new AssertionError("not reached in 60 s: " + last);
        }
        return last;
    }
}
