package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.branchdesk.counter.api.AmountUse;
import org.branchdesk.counter.api.FieldKind;
import org.branchdesk.counter.api.FieldSpec;
import org.branchdesk.counter.api.RequestType;
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
 * The maker's side of business processing through the real framework: the types and their
 * validation (nothing written on bad input), dedupe by client key and by content (concurrent
 * submissions leave one), change and withdraw by version, expiry at the end of the business day,
 * an integrator's type, and the view section's masking.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CounterRequestsTest extends BranchdeskTestSupport {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static boolean prepared;
    private String teller;
    private String teller2;
    private String cm1;

    @Before
    public void branch() {
        if (!prepared) {
            importSampleBranch();
            staff("ctr-teller1", "TELLER");
            staff("ctr-teller2", "TELLER");
            staff("ctr-officer1", "BUSINESS_OFFICER");
            staff("ctr-head1", "CENTER_HEAD");
            prepared = true;
        }
        teller = http.login("ctr-teller1", passwordOf("ctr-teller1"));
        teller2 = http.login("ctr-teller2", passwordOf("ctr-teller2"));
        cm1 = http.login("cm1", passwordOf("cm1"));
    }

    /** A loss report of a fresh account, so that each call is new content. */
    private static String lossReport(String customer, String account, String clientKey) {
        return "{\"type\":\"LOSS_REPORT\",\"customerId\":\"" + customer + "\",\"fields\":{\"account\":\"" + account
                + "\",\"medium\":\"CARD\",\"kind\":\"TEMPORARY\"}" + (clientKey == null ? "" : ",\"clientKey\":\"" + clientKey + "\"") + "}";
    }

    private static String freshAccount() {
        return String.format("62220288%08d", SEQ.incrementAndGet() + (int) (System.nanoTime() % 1000) * 10000);
    }

    private int mineCount(String token) {
        Http.Reply mine = http.get("counter/requests?mine=true&limit=500", token);
        assertEquals(mine.toString(), 200, mine.status());
        return mine.json().size();
    }

    @Test
    public void theTypesAreListedWithTheirFieldsAndChineseNames() {
        Http.Reply types = http.get("counter/types", teller);
        assertEquals(types.toString(), 200, types.status());
        List<String> codes = new ArrayList<>();
        types.json().forEach(t -> codes.add(t.get("code").asText()));
        assertTrue(codes.toString(), codes.containsAll(List.of("LOSS_REPORT", "FREEZE", "UNFREEZE", "INQUIRY_REPLY", "ACCOUNT_OPENING",
                "ACCOUNT_CLOSING", "LOAN", "FUND_ALLOCATION", "COLLECTION_ACCEPTANCE", "LARGE_CASH_WITHDRAWAL", "LARGE_TRANSFER",
                "PRODUCT_PURCHASE", "CUSTOMER_INFO_CHANGE")));
        types.json().forEach(t -> {
            if ("built-in".equals(t.get("provider").asText())) {
                assertTrue(t.get("title").asText(), t.get("title").asText().matches(".*\\(\\p{IsHan}+\\).*"));
            }
        });
        assertEquals(403, http.get("counter/types", staff("ctr-lobby1", "LOBBY_MANAGER")).status());
    }

    @Test
    public void aSubmittedRequestIsPendingAndReadBack() {
        Http.Reply s = http.postJson("counter/requests", teller, lossReport("T003", freshAccount(), null));
        assertEquals(s.toString(), 201, s.status());
        JsonNode r = s.json().get("request");
        assertTrue(s.json().get("created").asBoolean());
        assertEquals("PENDING", r.get("status").asText());
        assertEquals(1, r.get("version").asInt());
        assertTrue("MID customer is premium", r.get("premium").asBoolean());
        assertEquals("ctr-teller1", r.get("maker").asText());
        long id = r.get("id").asLong();
        Http.Reply got = http.get("counter/requests/" + id, teller);
        assertEquals(got.toString(), 200, got.status());
        assertEquals(r.get("fields"), got.json().get("fields"));
        Http.Reply history = http.get("counter/requests/" + id + "/history", teller);
        assertEquals("SUBMITTED", history.json().get(0).get("action").asText());
        assertEquals(404, http.get("counter/requests/999999999", teller).status());
        assertEquals(403, http.postJson("counter/requests", cm1, lossReport("T003", freshAccount(), null)).status());
        assertEquals(404, http.postJson("counter/requests", teller, lossReport("NOPE1", freshAccount(), null)).status());
    }

    @Test
    public void eachTypeRefusesABadFieldNamingItAndWritesNothing() {
        Map<String, String[]> bad = new LinkedHashMap<>();
        bad.put("\"type\":\"LOSS_REPORT\",\"fields\":{\"account\":\"12ab\",\"medium\":\"CARD\",\"kind\":\"FORMAL\"}",
                new String[] { "fields.account" });
        bad.put("\"type\":\"FREEZE\",\"fields\":{\"account\":\"6222021234\",\"reason\":\"court\",\"authority\":\"court\",\"until\":\"2026-13-01\"}",
                new String[] { "fields.until" });
        bad.put("\"type\":\"UNFREEZE\",\"fields\":{\"account\":\"6222021234\",\"reason\":\"ok\"}", new String[] { "fields.authority" });
        bad.put("\"type\":\"INQUIRY_REPLY\",\"fields\":{\"subject\":\"a\\nb\",\"question\":\"q\"}", new String[] { "fields.subject" });
        bad.put("\"type\":\"ACCOUNT_OPENING\",\"fields\":{\"accountType\":\"GOLD\"}", new String[] { "fields.accountType" });
        bad.put("\"type\":\"ACCOUNT_CLOSING\",\"fields\":{\"account\":\"6222021234\",\"payoutTo\":\"6222021234\"}",
                new String[] { "fields.payoutTo" });
        bad.put("\"type\":\"LOAN\",\"amount\":100000,\"fields\":{\"loanType\":\"CONSUMER\",\"termMonths\":\"twelve\",\"purpose\":\"car\"}",
                new String[] { "fields.termMonths" });
        bad.put("\"type\":\"FUND_ALLOCATION\",\"fields\":{\"fromAccount\":\"6222021234\",\"toAccount\":\"6222025678\",\"purpose\":\"x\"}",
                new String[] { "amount" });
        bad.put("\"type\":\"COLLECTION_ACCEPTANCE\",\"amount\":5000,\"fields\":{\"payerAccount\":\"6222021234\",\"payeeAccount\":\"6222025678\","
                + "\"contractNo\":\"C1\",\"dueDate\":\"soon\"}", new String[] { "fields.dueDate" });
        bad.put("\"type\":\"LARGE_CASH_WITHDRAWAL\",\"amount\":-5,\"fields\":{\"account\":\"6222021234\"}", new String[] { "amount" });
        bad.put("\"type\":\"LARGE_TRANSFER\",\"amount\":600000,\"currency\":\"usd\",\"fields\":{\"fromAccount\":\"6222021234\","
                + "\"toAccount\":\"6222025678\",\"payeeName\":\"Li\"}", new String[] { "currency" });
        bad.put("\"type\":\"PRODUCT_PURCHASE\",\"amount\":10000,\"fields\":{\"product\":\"bad code!\",\"fromAccount\":\"6222021234\"}",
                new String[] { "fields.product" });
        bad.put("\"type\":\"CUSTOMER_INFO_CHANGE\",\"fields\":{\"phone\":\"call me\"}", new String[] { "fields.phone" });
        bad.put("\"type\":\"CUSTOMER_INFO_CHANGE\",\"fields\":{}", new String[] { "fields" });
        bad.put("\"type\":\"NO_SUCH_TYPE\",\"fields\":{}", new String[] { "type" });
        bad.put("\"type\":\"ACCOUNT_OPENING\",\"fields\":{\"accountType\":\"SAVINGS\",\"colour\":\"red\"}", new String[] { "fields.colour" });
        bad.put("\"type\":\"LOAN\",\"amount\":100.123,\"fields\":{\"loanType\":\"CONSUMER\",\"termMonths\":\"12\",\"purpose\":\"car\"}",
                new String[] { "amount" });
        bad.put("\"type\":\"LOAN\",\"amount\":100000000000000,\"fields\":{\"loanType\":\"CONSUMER\",\"termMonths\":\"12\",\"purpose\":\"car\"}",
                new String[] { "amount" });
        bad.put("\"type\":\"LOSS_REPORT\",\"amount\":100,\"fields\":{\"account\":\"6222021234\",\"medium\":\"CARD\",\"kind\":\"FORMAL\"}",
                new String[] { "amount" });
        int before = mineCount(teller);
        bad.forEach((body, field) -> {
            Http.Reply r = http.postJson("counter/requests", teller, "{\"customerId\":\"T003\"," + body + "}");
            assertEquals(body + " -> " + r, 400, r.status());
            assertEquals(body + " -> " + r, field[0], r.json().get("field").asText());
        });
        assertEquals("nothing written", before, mineCount(teller));
    }

    @Test
    public void aSecondSubmissionWithTheSameClientKeyIsTheSameRequest() {
        String key = "key-" + SEQ.incrementAndGet() + "-" + System.nanoTime();
        String body = lossReport("T003", freshAccount(), key);
        Http.Reply first = http.postJson("counter/requests", teller, body);
        assertEquals(first.toString(), 201, first.status());
        Http.Reply again = http.postJson("counter/requests", teller, body);
        assertEquals(again.toString(), 200, again.status());
        assertFalse(again.json().get("created").asBoolean());
        assertEquals(first.json().get("request").get("id"), again.json().get("request").get("id"));
        Http.Reply other = http.postJson("counter/requests", teller, lossReport("T003", freshAccount(), key));
        assertEquals(other.toString(), 409, other.status());
        assertEquals("clientKey", other.json().get("field").asText());
        // another maker's key is another maker's
        assertEquals(201, http.postJson("counter/requests", teller2, lossReport("T003", freshAccount(), key)).status());
    }

    @Test
    public void theSameContentPendingForTheCustomerIsTheSameRequest() {
        String body = lossReport("T002", freshAccount(), null);
        Http.Reply first = http.postJson("counter/requests", teller, body);
        assertEquals(201, first.status());
        Http.Reply second = http.postJson("counter/requests", teller2, body);
        assertEquals(second.toString(), 200, second.status());
        assertEquals(first.json().get("request").get("id"), second.json().get("request").get("id"));
    }

    @Test
    public void concurrentSubmissionsOfTheSameContentLeaveOne() throws Exception {
        String body = lossReport("T004", freshAccount(), null);
        int n = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String token = i % 2 == 0 ? teller : teller2;
                replies.add(pool.submit((Callable<Http.Reply>) () -> {
                    start.await();
                    return http.postJson("counter/requests", token, body);
                }));
            }
            start.countDown();
            Set<Long> ids = new java.util.HashSet<>();
            int created = 0;
            for (Future<Http.Reply> f : replies) {
                Http.Reply r = f.get();
                assertTrue(r.toString(), r.status() == 201 || r.status() == 200);
                created += r.status() == 201 ? 1 : 0;
                ids.add(r.json().get("request").get("id").asLong());
            }
            assertEquals("one request", 1, ids.size());
            assertEquals("one created", 1, created);
        } finally {
            pool.shutdownNow();
        }
        Http.Reply list = http.get("counter/requests?customerId=T004&limit=500", teller);
        long same = 0;
        for (JsonNode r : list.json()) {
            same += r.get("fields").equals(http.get("counter/requests/" + list.json().get(0).get("id").asLong(), teller).json().get("fields"))
                    ? 1 : 0;
        }
        assertEquals(1, same);
    }

    @Test
    public void aChangeIsANewVersionAndAStaleOneIsRefused() {
        JsonNode r = http.postJson("counter/requests", teller, lossReport("T003", freshAccount(), null)).json().get("request");
        long id = r.get("id").asLong();
        String changed = lossReport("T003", freshAccount(), null).replace("TEMPORARY", "FORMAL");
        Http.Reply c = http.putJson("counter/requests/" + id + "?version=1", teller2, changed);
        assertEquals(c.toString(), 200, c.status());
        assertEquals(2, c.json().get("version").asInt());
        assertEquals("FORMAL", c.json().get("fields").get("kind").asText());
        Http.Reply stale = http.putJson("counter/requests/" + id + "?version=1", teller, changed);
        assertEquals(stale.toString(), 409, stale.status());
        assertEquals("version", stale.json().get("field").asText());
        Http.Reply otherType = http.putJson("counter/requests/" + id + "?version=2", teller,
                "{\"type\":\"ACCOUNT_OPENING\",\"fields\":{\"accountType\":\"SAVINGS\"}}");
        assertEquals(400, otherType.status());
        assertEquals("type", otherType.json().get("field").asText());
        JsonNode history = http.get("counter/requests/" + id + "/history", teller).json();
        assertEquals("CHANGED", history.get(1).get("action").asText());
        assertEquals("ctr-teller2", history.get(1).get("actor").asText());
    }

    @Test
    public void aWithdrawnRequestIsFinalAndItsContentMaBeSubmittedAgain() {
        String body = lossReport("T003", freshAccount(), null);
        long id = http.postJson("counter/requests", teller, body).json().get("request").get("id").asLong();
        Http.Reply notMine = http.postJson("counter/requests/" + id + "/withdraw", teller2, "{\"version\":1}");
        assertEquals(notMine.toString(), 403, notMine.status());
        Http.Reply w = http.postJson("counter/requests/" + id + "/withdraw", teller, "{\"version\":1,\"reason\":\"customer left\"}");
        assertEquals(w.toString(), 200, w.status());
        assertEquals("WITHDRAWN", w.json().get("status").asText());
        assertEquals("customer left", w.json().get("reason").asText());
        Http.Reply twice = http.postJson("counter/requests/" + id + "/withdraw", teller, "{\"version\":1}");
        assertEquals(409, twice.status());
        assertEquals("status", twice.json().get("field").asText());
        Http.Reply again = http.postJson("counter/requests", teller, body);
        assertEquals(201, again.status());
        assertNotEquals(id, again.json().get("request").get("id").asLong());
    }

    @Test
    public void aPendingRequestExpiresAtTheEndOfItsBusinessDay() throws Exception {
        MovableClock clock = new MovableClock();
        ServiceRegistration<Clock> reg = context.registerService(Clock.class, clock, new Hashtable<>(Map.of("branchdesk.clock", "true")));
        Configuration config = context.getService(context.getServiceReference(ConfigurationAdmin.class))
                .getConfiguration("org.branchdesk.counter", "?");
        try {
            Dictionary<String, Object> p = new Hashtable<>();
            p.put("expiryCheckSeconds", 1L);
            config.update(p);
            JsonNode r = http.postJson("counter/requests", teller, lossReport("T003", freshAccount(), null)).json().get("request");
            long id = r.get("id").asLong();
            clock.advance(Duration.ofDays(1).plusMinutes(1));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            String status = null;
            while (System.nanoTime() < deadline && !"EXPIRED".equals(status)) {
                status = http.get("counter/requests/" + id, teller).json().get("status").asText();
                Thread.sleep(100);
            }
            assertEquals("EXPIRED", status);
            JsonNode history = http.get("counter/requests/" + id + "/history", teller).json();
            assertEquals("EXPIRED", history.get(history.size() - 1).get("action").asText());
            Http.Reply late = http.postJson("counter/requests/" + id + "/withdraw", teller, "{\"version\":1}");
            assertEquals(409, late.status());
        } finally {
            config.delete();
            reg.unregister();
        }
    }

    @Test
    public void anIntegratorsTypeIsSubmittableAndAMalformedOneIsLeftOut() throws Exception {
        RequestType good = new RequestType() {
            public String code() { return "SAFE_BOX_RENTAL"; }
            public String title() { return "Safe deposit box rental (保管箱租用)"; }
            public AmountUse amount() { return AmountUse.OPTIONAL; }
            public List<FieldSpec> fields() { return List.of(FieldSpec.required("boxNo", "Box number", FieldKind.TEXT)); }
        };
        RequestType bad = new RequestType() {
            public String code() { return "bad code"; }
            public String title() { return "Malformed"; }
            public AmountUse amount() { return AmountUse.NONE; }
            public List<FieldSpec> fields() { return List.of(); }
        };
        RequestType taken = new RequestType() {
            public String code() { return "LOAN"; }
            public String title() { return "Someone else's loan"; }
            public AmountUse amount() { return AmountUse.NONE; }
            public List<FieldSpec> fields() { return List.of(); }
        };
        var r1 = context.registerService(RequestType.class, good, null);
        var r2 = context.registerService(RequestType.class, bad, null);
        var r3 = context.registerService(RequestType.class, taken, null);
        try {
            String types = http.get("counter/types", teller).body();
            assertTrue(types, types.contains("SAFE_BOX_RENTAL"));
            assertFalse(types, types.contains("bad code"));
            assertFalse(types, types.contains("Someone else's loan"));
            Http.Reply s = http.postJson("counter/requests", teller,
                    "{\"type\":\"SAFE_BOX_RENTAL\",\"customerId\":\"T003\",\"fields\":{\"boxNo\":\"B-" + freshAccount() + "\"}}");
            assertEquals(s.toString(), 201, s.status());
            Http.Reply missing = http.postJson("counter/requests", teller, "{\"type\":\"SAFE_BOX_RENTAL\",\"customerId\":\"T003\",\"fields\":{}}");
            assertEquals("fields.boxNo", missing.json().get("field").asText());
        } finally {
            r1.unregister();
            r2.unregister();
            r3.unregister();
        }
        assertFalse(http.get("counter/types", teller).body().contains("SAFE_BOX_RENTAL"));
    }

    @Test
    public void theViewSectionMasksAccountsForTheCustomerManager() {
        String account = freshAccount();
        http.postJson("counter/requests", teller, lossReport("T003", account, null));
        String forCm = http.get("customers/T003/view", cm1).json().get("sections").toString();
        assertTrue(forCm, forCm.contains("\"counter\""));
        assertFalse(forCm, forCm.contains(account));
        assertTrue(forCm, forCm.contains(account.substring(account.length() - 4)));
        String forTeller = http.get("customers/T003/view", teller).json().get("sections").toString();
        assertTrue(forTeller, forTeller.contains(account));
        // the customer manager reads their own customer's requests, masked; not another manager's customer's
        Http.Reply list = http.get("counter/requests?customerId=T003&limit=5", cm1);
        assertEquals(list.toString(), 200, list.status());
        assertFalse(list.body().contains(account));
        staff("ctr-cm9", "CUSTOMER_MANAGER");
        assertEquals(403, http.get("counter/requests?customerId=T003&limit=5", http.login("ctr-cm9", passwordOf("ctr-cm9"))).status());
    }
}
