package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Four eyes through the real framework: the maker (even holding a checker's role) and anyone who
 * changed a request never approve it, the policy's level, limits and currency conversion decide
 * who may, a change lapses earlier approvals, two checkers at the same moment give one approval,
 * the inbox serves premium customers first without starving the others, rejection with a reason,
 * the policy's configuration checked, and the gaps in health and the shell.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FourEyesTest extends BranchdeskTestSupport {

    private static final String POLICY_PID = "org.branchdesk.counter.policy";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static boolean prepared;
    private String teller, both, officer1, officer2, officer3, super1, super2, head1;

    @Before
    public void branch() {
        if (!prepared) {
            importSampleBranch();
            staff("fe-teller1", "TELLER");
            staff("fe-both", "TELLER", "BUSINESS_OFFICER");
            staff("fe-officer1", "BUSINESS_OFFICER");
            staff("fe-officer2", "BUSINESS_OFFICER");
            staff("fe-officer3", "BUSINESS_OFFICER");
            staff("fe-super1", "OPERATIONS_SUPERVISOR");
            staff("fe-super2", "OPERATIONS_SUPERVISOR");
            staff("fe-head1", "CENTER_HEAD");
            prepared = true;
        }
        teller = login("fe-teller1");
        both = login("fe-both");
        officer1 = login("fe-officer1");
        officer2 = login("fe-officer2");
        officer3 = login("fe-officer3");
        super1 = login("fe-super1");
        super2 = login("fe-super2");
        head1 = login("fe-head1");
    }

    private String login(String username) {
        return http.login(username, passwordOf(username));
    }

    private static String account() {
        return String.format("62220399%08d", SEQ.incrementAndGet() * 7919 + (int) (System.nanoTime() % 1000) * 100000);
    }

    private static String lossReport(String customer) {
        return "{\"type\":\"LOSS_REPORT\",\"customerId\":\"" + customer + "\",\"fields\":{\"account\":\"" + account()
                + "\",\"medium\":\"CARD\",\"kind\":\"TEMPORARY\"}}";
    }

    private static String withdrawal(String amount, String currency) {
        return "{\"type\":\"LARGE_CASH_WITHDRAWAL\",\"customerId\":\"T003\",\"amount\":" + amount
                + (currency == null ? "" : ",\"currency\":\"" + currency + "\"") + ",\"fields\":{\"account\":\"" + account() + "\"}}";
    }

    private static String allocation(String amount) {
        return "{\"type\":\"FUND_ALLOCATION\",\"customerId\":\"T003\",\"amount\":" + amount + ",\"fields\":{\"fromAccount\":\"" + account()
                + "\",\"toAccount\":\"" + account() + "\",\"purpose\":\"payroll\"}}";
    }

    private static String loan(String amount, String purpose) {
        return "{\"type\":\"LOAN\",\"customerId\":\"T003\",\"amount\":" + amount + ",\"fields\":{\"loanType\":\"MORTGAGE\",\"termMonths\":\"240\","
                + "\"purpose\":\"" + purpose + "\"}}";
    }

    private JsonNode submit(String token, String body) {
        Http.Reply s = http.postJson("counter/requests", token, body);
        assertEquals(s.toString(), 201, s.status());
        return s.json().get("request");
    }

    private Http.Reply approve(JsonNode r, String token) {
        return http.postJson("counter/inbox/" + r.get("id").asLong() + "/approve", token, "{\"version\":" + r.get("version").asInt() + "}");
    }

    private List<Long> inbox(String token) {
        return inbox(token, 200);
    }

    private List<Long> inbox(String token, int limit) {
        Http.Reply in = http.get("counter/inbox?limit=" + limit, token);
        assertEquals(in.toString(), 200, in.status());
        List<Long> ids = new ArrayList<>();
        in.json().forEach(r -> ids.add(r.get("id").asLong()));
        return ids;
    }

    @Test
    public void theMakerNeverChecksEvenHoldingBothRoles() {
        JsonNode r = submit(both, lossReport("T003"));
        long id = r.get("id").asLong();
        assertFalse(inbox(both).contains(id));
        assertTrue(inbox(officer1).contains(id));
        Http.Reply own = approve(r, both);
        assertEquals(own.toString(), 403, own.status());
        assertTrue(own.body(), own.body().contains("you made this request"));
        Http.Reply reject = http.postJson("counter/inbox/" + id + "/reject", both, "{\"version\":1,\"reason\":\"mine\"}");
        assertEquals(reject.toString(), 403, reject.status());
        assertEquals(403, approve(r, teller).status());
        Http.Reply ok = approve(r, officer1);
        assertEquals(ok.toString(), 200, ok.status());
        assertFalse(ok.json().get("status").asText(), "PENDING".equals(ok.json().get("status").asText()));
        assertEquals("fe-officer1", ok.json().get("decidedBy").asText());
    }

    @Test
    public void whoeverChangedARequestCannotApproveIt() {
        JsonNode r = submit(teller, lossReport("T003"));
        long id = r.get("id").asLong();
        String changed = "{\"fields\":{\"account\":\"" + account() + "\",\"medium\":\"PASSBOOK\",\"kind\":\"TEMPORARY\"}}";
        Http.Reply c = http.putJson("counter/requests/" + id + "?version=1", both, changed);
        assertEquals(c.toString(), 200, c.status());
        assertFalse(inbox(both).contains(id));
        Http.Reply refused = approve(c.json(), both);
        assertEquals(refused.toString(), 403, refused.status());
        assertTrue(refused.body(), refused.body().contains("you changed this request"));
        assertEquals(200, approve(c.json(), officer2).status());
    }

    @Test
    public void theLevelOfTheBandDecides() {
        JsonNode unfreeze = submit(teller, "{\"type\":\"UNFREEZE\",\"customerId\":\"T003\",\"fields\":{\"account\":\"" + account()
                + "\",\"reason\":\"court order lifted\",\"authority\":\"Haidian court\"}}");
        assertEquals("SUPERVISOR", unfreeze.get("requirement").get("level").asText());
        Http.Reply low = approve(unfreeze, officer1);
        assertEquals(low.toString(), 403, low.status());
        assertTrue(low.body(), low.body().contains("SUPERVISOR"));
        assertFalse(inbox(officer1).contains(unfreeze.get("id").asLong()));
        assertTrue(inbox(super1).contains(unfreeze.get("id").asLong()));
        assertEquals(200, approve(unfreeze, super1).status());
    }

    @Test
    public void theCurrencyConversionDecidesTheBand() {
        // 100,000 USD at 7.10 is 710,000 CNY: the SUPERVISOR band of a large cash withdrawal (from 500,000)
        JsonNode usd = submit(teller, withdrawal("100000", "USD"));
        assertEquals(0, new java.math.BigDecimal("710000").compareTo(usd.get("baseAmount").decimalValue()));
        assertEquals("SUPERVISOR", usd.get("requirement").get("level").asText());
        assertEquals(403, approve(usd, officer1).status());
        JsonNode cny = submit(teller, withdrawal("100000", null));
        assertEquals("OFFICER", cny.get("requirement").get("level").asText());
        Http.Reply policy = http.get("counter/policy/requirement?type=LARGE_CASH_WITHDRAWAL&amount=100000&currency=USD", officer1);
        assertEquals(policy.toString(), "SUPERVISOR", policy.json().get("level").asText());
        assertEquals("LARGE_CASH_WITHDRAWAL 500000 = SUPERVISOR 1", policy.json().get("rule").asText());
        Http.Reply unknown = http.get("counter/policy/requirement?type=LOAN&amount=10&currency=XYZ", officer1);
        assertEquals(unknown.toString(), 400, unknown.status());
        assertEquals("currency", unknown.json().get("field").asText());
        Http.Reply refused = http.postJson("counter/requests", teller, withdrawal("100", "XYZ"));
        assertEquals(refused.toString(), 400, refused.status());
        assertEquals("currency", refused.json().get("field").asText());
    }

    @Test
    public void aPersonalLimitAboveOrBelowTheRolesDecides() throws Exception {
        Configuration config = configAdmin().getConfiguration(POLICY_PID, "?");
        try {
            Dictionary<String, Object> p = new Hashtable<>();
            p.put("personalLimits", new String[] { "fe-officer2=4000000", "fe-officer3=100000" });
            config.update(p);
            awaitPolicy("fe-officer3=100000");
            JsonNode big = submit(teller, allocation("3000000"));
            assertEquals("OFFICER", big.get("requirement").get("level").asText());
            Http.Reply overRole = approve(big, officer1); // the role's limit is 2,000,000
            assertEquals(overRole.toString(), 403, overRole.status());
            assertTrue(overRole.body(), overRole.body().contains("limit"));
            assertFalse(inbox(officer1).contains(big.get("id").asLong()));
            assertTrue(inbox(officer2).contains(big.get("id").asLong()));
            assertEquals(200, approve(big, officer2).status());
            JsonNode small = submit(teller, withdrawal("300000", null));
            Http.Reply belowRole = approve(small, officer3);
            assertEquals(belowRole.toString(), 403, belowRole.status());
            assertEquals(200, approve(small, officer1).status());
        } finally {
            config.delete();
            awaitPolicyWithout("fe-officer3=100000");
        }
    }

    @Test
    public void aChangeLapsesEarlierApprovalsAndAStaleVersionIsRefused() {
        JsonNode r = submit(teller, loan("1500000", "flat " + SEQ.incrementAndGet()));
        assertEquals("SUPERVISOR", r.get("requirement").get("level").asText());
        assertEquals(2, r.get("requirement").get("approvals").asInt());
        Http.Reply first = approve(r, super1);
        assertEquals(first.toString(), 200, first.status());
        assertEquals("PENDING", first.json().get("status").asText());
        assertEquals(1, first.json().get("approvals").size());
        long id = r.get("id").asLong();
        Http.Reply c = http.putJson("counter/requests/" + id + "?version=1", teller, loan("1600000", "flat " + SEQ.incrementAndGet()));
        assertEquals(c.toString(), 200, c.status());
        assertEquals(0, c.json().get("approvals").size());
        Http.Reply stale = approve(r, super2);
        assertEquals(stale.toString(), 409, stale.status());
        assertEquals("version", stale.json().get("field").asText());
        assertEquals(200, approve(c.json(), super1).status());
        Http.Reply last = approve(c.json(), super2);
        assertEquals(last.toString(), 200, last.status());
        assertFalse("PENDING".equals(last.json().get("status").asText()));
    }

    @Test
    public void theInboxReadsPastPagesOfRequestsTheCheckerAlreadyApproved() {
        // the inbox reads the pending requests a page (limit + 20) at a time, oldest first: a page
        // of requests the checker approved already must not end it. A supervisor of this test
        // alone, whose inbox is emptied first of what other tests left pending
        String checker = staff("fe-super3", "OPERATIONS_SUPERVISOR");
        for (int round = 0; round < 5 && !inbox(checker).isEmpty(); round++) {
            for (Long id : inbox(checker)) {
                JsonNode r = http.get("counter/requests/" + id, checker).json();
                assertEquals(200, approve(r, checker).status());
            }
        }
        assertEquals(List.of(), inbox(checker));
        List<Long> loans = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            loans.add(submit(teller, loan("2500000", "barn " + SEQ.incrementAndGet())).get("id").asLong());
        }
        for (Long id : loans.subList(0, 22)) {
            Http.Reply first = http.postJson("counter/inbox/" + id + "/approve", checker, "{\"version\":1}");
            assertEquals(first.toString(), "PENDING", first.json().get("status").asText());
        }
        assertEquals(List.of(loans.get(22)), inbox(checker, 1));
        assertEquals(loans.subList(22, 25), inbox(checker, 3));
        assertEquals(loans.subList(22, 25), inbox(checker));
        assertTrue(inbox(super2).containsAll(loans));
    }

    @Test
    public void aTwoApprovalRequestNeedsTwoDistinctPeople() {
        JsonNode r = submit(teller, loan("2500000", "plant " + SEQ.incrementAndGet()));
        assertEquals(200, approve(r, super1).status());
        Http.Reply again = approve(r, super1);
        assertEquals(again.toString(), 403, again.status());
        assertTrue(again.body(), again.body().contains("already approved"));
        assertEquals("PENDING", http.get("counter/requests/" + r.get("id").asLong(), teller).json().get("status").asText());
        Http.Reply second = approve(r, super2);
        assertEquals(second.toString(), 200, second.status());
        assertTrue(second.json().get("status").asText(), List.of("APPROVED", "TO_BE_KEYED", "COMPLETED").contains(second.json().get("status").asText()));
        assertEquals(2, second.json().get("approvals").size());
    }

    @Test
    public void twoCheckersAtTheSameMomentGiveOneApproval() throws Exception {
        for (int round = 0; round < 5; round++) {
            JsonNode r = submit(teller, lossReport("T003"));
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Http.Reply>> replies = new ArrayList<>();
                for (String token : List.of(officer1, officer2)) {
                    replies.add(pool.submit(() -> {
                        go.await();
                        return approve(r, token);
                    }));
                }
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Http.Reply> f : replies) {
                    statuses.add(f.get().status());
                }
                statuses.sort(null);
                assertEquals(statuses.toString(), List.of(200, 409), statuses);
            } finally {
                pool.shutdownNow();
            }
            JsonNode after = http.get("counter/requests/" + r.get("id").asLong(), teller).json();
            assertEquals(after.toString(), 1, after.get("approvals").size());
        }
    }

    @Test
    public void theInboxServesPremiumFirstWithoutStarvingTheOthers() {
        MovableClock clock = new MovableClock();
        ServiceRegistration<Clock> reg = context.registerService(Clock.class, clock, new Hashtable<>(Map.of("branchdesk.clock", "true")));
        try {
            long standard = submit(teller, lossReport("T006")).get("id").asLong();
            clock.advance(Duration.ofSeconds(1));
            long premium = submit(teller, lossReport("T001")).get("id").asLong();
            List<Long> before = inbox(officer3);
            assertTrue(before.toString(), before.indexOf(premium) >= 0 && before.indexOf(premium) < before.indexOf(standard));
            clock.advance(Duration.ofSeconds(601));
            long later = submit(teller, lossReport("T001")).get("id").asLong();
            List<Long> after = inbox(officer3);
            assertTrue(after.toString(), after.indexOf(standard) >= 0 && after.indexOf(standard) < after.indexOf(premium));
            assertTrue(after.toString(), after.indexOf(premium) < after.indexOf(later));
        } finally {
            reg.unregister();
        }
    }

    @Test
    public void aRejectionNeedsAReasonAndTheMakerSeesIt() {
        JsonNode r = submit(teller, lossReport("T003"));
        long id = r.get("id").asLong();
        Http.Reply none = http.postJson("counter/inbox/" + id + "/reject", officer1, "{\"version\":1}");
        assertEquals(none.toString(), 400, none.status());
        assertEquals("reason", none.json().get("field").asText());
        Http.Reply rejected = http.postJson("counter/inbox/" + id + "/reject", officer1, "{\"version\":1,\"reason\":\"the seal does not match\"}");
        assertEquals(rejected.toString(), 200, rejected.status());
        assertEquals("REJECTED", rejected.json().get("status").asText());
        JsonNode mine = http.get("counter/requests?mine=true&status=REJECTED&limit=500", teller).json();
        boolean seen = false;
        for (JsonNode m : mine) {
            seen |= m.get("id").asLong() == id && "the seal does not match".equals(m.get("reason").asText())
                    && "fe-officer1".equals(m.get("decidedBy").asText());
        }
        assertTrue(mine.toString(), seen);
        assertEquals(409, approve(r, officer2).status());
    }

    @Test
    public void aBrokenPolicyIsRefusedNamingTheField() throws Exception {
        Configuration config = configAdmin().getConfiguration(POLICY_PID, "?");
        try {
            Dictionary<String, Object> p = new Hashtable<>();
            p.put("rules", new String[] { "LOAN 0 = OFFICER 3", "* 0 = OFFICER 1" });
            config.update(p);
            Http.Reply health = awaitHealth("OFFICER needs 1 or 2 approvals");
            assertTrue(health.body(), health.body().contains(POLICY_PID));
            assertTrue(health.body(), health.body().contains("rules: OFFICER needs 1 or 2 approvals"));
            assertEquals(200, health.status());
            // the defaults stay in force
            assertEquals("OFFICER", http.get("counter/policy/requirement?type=LOAN&amount=10", officer1).json().get("level").asText());
        } finally {
            config.delete();
        }
    }

    @Test
    public void healthAndTheShellReportWhereFourEyesAreImpossible() throws Exception {
        // one centre head: the CENTER_HEAD bands (two approvals) cannot be authorised
        String gap = "four eyes impossible for FUND_ALLOCATION from 5000000 CNY";
        Http.Reply health = awaitHealth(gap);
        assertEquals(200, health.status());
        assertEquals("UP", health.json().get("status").asText());
        String shell = shell("branchdesk:health");
        assertTrue(shell, shell.startsWith("UP") && shell.contains(gap));
        Http.Reply gaps = http.get("counter/policy/gaps", head1);
        assertEquals(gaps.toString(), 200, gaps.status());
        assertTrue(gaps.body(), gaps.body().contains("\"FUND_ALLOCATION\""));
        assertEquals(403, http.get("counter/policy/gaps", officer1).status());
        staff("fe-head2", "CENTER_HEAD");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (http.get("health", null).body().contains(gap) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(http.get("health", null).body().contains(gap));
        assertFalse(shell("branchdesk:health").contains(gap));
        assertFalse(http.get("counter/policy/gaps", head1).body().contains("\"FUND_ALLOCATION\""));
    }

    private ConfigurationAdmin configAdmin() {
        return context.getService(context.getServiceReference(ConfigurationAdmin.class));
    }

    /** Waits until the policy component runs with a configuration whose personal limits contain this entry. */
    private void awaitPolicy(String entry) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!policyHas(entry)) {
            assertTrue("the policy did not take " + entry, System.nanoTime() < deadline);
            Thread.sleep(50);
        }
    }

    private void awaitPolicyWithout(String entry) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (policyHas(entry) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private boolean policyHas(String entry) {
        ServiceReference<?> ref = context.getServiceReference("org.branchdesk.counter.impl.internal.AuthorisationPolicy");
        Object limits = ref == null ? null : ref.getProperty("personalLimits");
        return limits instanceof String[] a ? List.of(a).contains(entry) : String.valueOf(limits).contains(entry);
    }

    private Http.Reply awaitHealth(String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Http.Reply reply = http.get("health", null);
        while (!reply.body().contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            reply = http.get("health", null);
        }
        assertTrue(reply.body(), reply.body().contains(text));
        return reply;
    }

    private String shell(String command) throws Exception {
        CommandProcessor processor = context.getService(context.getServiceReference(CommandProcessor.class));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, "UTF-8");
                CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), print, print)) {
            Object result = session.execute(command);
            return out.toString("UTF-8") + (result == null ? "" : String.valueOf(result));
        }
    }
}
