package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The invariants the database keeps for every runtime of a branch, with the calls really
 * overlapping on two runtimes (each test's clients wait at one start gate): one approval per
 * four-eyes step, distinct daily numbers, one campaign contact where the cap allows one, a
 * scheduled job (the counter's expiry, the campaigns' scheduled launch, the handover check) doing its work once, one segmentation run at a time, and
 * each runtime's audit entries in the database once each, across a {@code kill -9} too.
 */
public class InvariantsClusterTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String EXPIRY_JOB = "counter.expiry";
    private static final java.time.LocalDate CARE_DAY = java.time.LocalDate.now().plusDays(3);

    private static Cluster cluster;
    private static Cluster.Node a;
    private static Cluster.Node b;

    @BeforeClass
    public static void twoRuntimes() throws Exception {
        cluster = new Cluster(2, "wealth-center", Map.of(
                "org.branchdesk.security.cfg", "failureDelaySeconds=0\n",
                // the expiry every second on both runtimes, so that both keep trying while the test waits
                "org.branchdesk.counter.cfg", "expiryCheckSeconds=1\n",
                // one contact per customer: a second at the same moment is the one the cap refuses
                "org.branchdesk.marketing.campaigns.cfg", "maxContacts=1\ncheckSeconds=1\n",
                // the handover check (catch-up and overdue) every second on both runtimes
                "org.branchdesk.relationship.cfg", "checkSeconds=1\n",
                // a holiday in three days: a care task for every premium customer of a book
                "org.branchdesk.relationship.care.cfg", "holidays = " + CARE_DAY + "=Care day\n"));
        a = cluster.node(0);
        b = cluster.node(1);
        String admin = a.admin();
        a.staff("cm1", "CUSTOMER_MANAGER");
        assertEquals(200, a.http.post("import/customers", admin, "text/csv", SampleData.customers()).status());
        assertEquals(200, a.http.post("import/holdings", admin, "text/csv", SampleData.holdings()).status());
        assertEquals(200, a.http.post("import/balances", admin, "text/csv", SampleData.balances()).status());
        Http.Reply run = a.http.postJson("segmentation/runs", admin, "{\"quarter\":\"" + SampleData.QUARTER + "\"}");
        assertEquals(run.toString(), 201, run.status());
    }

    @AfterClass
    public static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    // ---------------------------------------------------------------- (a) four eyes

    @Test
    public void twoCheckersOnTwoRuntimesAtTheSameMomentGiveOneApproval() throws Exception {
        String teller = a.staff("inv.teller", "TELLER");
        a.staff("inv.officer1", "BUSINESS_OFFICER");
        a.staff("inv.officer2", "BUSINESS_OFFICER");
        String officer1 = a.login("inv.officer1");
        String officer2 = b.login("inv.officer2");
        for (int round = 0; round < 8; round++) {
            JsonNode r = submit(round % 2 == 0 ? a : b, round % 2 == 0 ? teller : b.login("inv.teller"));
            assertEquals(r.toString(), 1, r.get("requirement").get("approvals").asInt());
            long id = r.get("id").asLong();
            String body = "{\"version\":" + r.get("version").asInt() + "}";
            List<Http.Reply> replies = Cluster.atOnce(List.of(
                    () -> a.http.postJson("counter/inbox/" + id + "/approve", officer1, body),
                    () -> b.http.postJson("counter/inbox/" + id + "/approve", officer2, body)));
            int approved = 0;
            for (Http.Reply reply : replies) {
                if (reply.status() == 200) {
                    approved++;
                } else {
                    assertEquals(replies.toString(), 409, reply.status());
                    assertTrue(reply.toString(), reply.contentType().startsWith("application/problem+json"));
                }
            }
            assertEquals(replies.toString(), 1, approved);
            for (Cluster.Node node : List.of(a, b)) {
                JsonNode after = node.http.get("counter/requests/" + id, node.login("inv.teller")).json();
                assertEquals(after.toString(), 1, after.get("approvals").size());
            }
        }
    }

    @Test
    public void theSameComplaintResolvedOnBothRuntimesAtOnceIsResolvedOnce() throws Exception {
        a.staff("inv.resolver", "CENTER_HEAD");
        Map<Cluster.Node, String> head = Map.of(a, a.login("inv.resolver"), b, b.login("inv.resolver"));
        for (int round = 0; round < 6; round++) {
            Http.Reply filed = a.http.postJson("complaints", head.get(a), "{\"customerId\":\"T003\",\"channel\":\"COUNTER\","
                    + "\"category\":\"FEES\",\"severity\":\"LOW\",\"description\":\"charged twice, round " + round + "\"}");
            assertEquals(filed.toString(), 201, filed.status());
            long id = filed.json().get("id").asLong();
            for (String status : List.of("ACKNOWLEDGED", "UNDER_INVESTIGATION")) {
                Http.Reply moved = b.http.postJson("complaints/" + id + "/transitions", head.get(b), "{\"status\":\"" + status + "\"}");
                assertEquals(moved.toString(), 200, moved.status());
            }
            List<Http.Reply> replies = Cluster.atOnce(List.of(
                    () -> a.http.postJson("complaints/" + id + "/resolution", head.get(a), "{\"resolution\":\"refunded on a\"}"),
                    () -> b.http.postJson("complaints/" + id + "/resolution", head.get(b), "{\"resolution\":\"refunded on b\"}")));
            List<Integer> statuses = new ArrayList<>(replies.stream().map(Http.Reply::status).toList());
            statuses.sort(null);
            assertEquals(replies.toString(), List.of(200, 409), statuses);
            for (Cluster.Node node : List.of(a, b)) {
                JsonNode c = node.http.get("complaints/" + id, head.get(node)).json();
                long resolutions = 0;
                for (JsonNode h : c.get("history")) {
                    resolutions += "RESOLVED".equals(h.get("action").asText()) ? 1 : 0;
                }
                assertEquals(c.toString(), 1, resolutions);
            }
        }
    }

    // ---------------------------------------------------------------- (b) daily numbers

    @Test
    public void complaintsAndCounterRequestsCreatedOnBothRuntimesAtOnceGetDistinctNumbers() throws Exception {
        a.staff("inv.lobby", "LOBBY_MANAGER");
        a.staff("inv.maker", "TELLER");
        Map<Cluster.Node, String> lobby = Map.of(a, a.login("inv.lobby"), b, b.login("inv.lobby"));
        Map<Cluster.Node, String> maker = Map.of(a, a.login("inv.maker"), b, b.login("inv.maker"));
        int perClient = 10;
        List<Callable<List<JsonNode>>> clients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Cluster.Node node = i % 2 == 0 ? a : b;
            boolean complaints = i < 4;
            int client = i;
            clients.add(() -> {
                List<JsonNode> made = new ArrayList<>();
                for (int k = 0; k < perClient; k++) {
                    if (complaints) {
                        Http.Reply r = node.http.postJson("complaints", lobby.get(node), "{\"contactName\":\"Walk-in\",\"contactPhone\":"
                                + "\"13700000000\",\"channel\":\"COUNTER\",\"category\":\"SERVICE_ATTITUDE\",\"severity\":\"LOW\","
                                + "\"description\":\"client " + client + " complaint " + k + "\"}");
                        assertEquals(r.toString(), 201, r.status());
                        made.add(r.json());
                    } else {
                        Http.Reply r = node.http.postJson("counter/requests", maker.get(node), lossReport("T003"));
                        assertEquals(r.toString(), 201, r.status());
                        made.add(r.json().get("request"));
                    }
                }
                return made;
            });
        }
        List<List<JsonNode>> results = Cluster.atOnce(clients);
        String prefix = "CP-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + "-";
        TreeSet<Long> references = new TreeSet<>();
        Set<Long> complaintIds = new HashSet<>();
        Set<Long> requestIds = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            for (JsonNode made : results.get(i)) {
                if (i < 4) {
                    String reference = made.get("reference").asText();
                    assertTrue(reference, reference.matches("CP-\\d{8}-\\d{4}") && reference.startsWith(prefix));
                    assertTrue("reference given twice: " + reference, references.add(Long.parseLong(reference.substring(prefix.length()))));
                    assertTrue("complaint id given twice: " + made, complaintIds.add(made.get("id").asLong()));
                } else {
                    assertTrue("request id given twice: " + made, requestIds.add(made.get("id").asLong()));
                }
            }
        }
        assertEquals(4 * perClient, references.size());
        assertEquals(4 * perClient, requestIds.size());
        assertEquals("dense: no reference set aside or lost " + references, 4 * perClient - 1, references.last() - references.first());
        // every one read back, through the other runtime as well
        for (Cluster.Node node : List.of(a, b)) {
            Set<String> seen = new HashSet<>();
            for (long id : complaintIds) {
                Http.Reply r = node.http.get("complaints/" + id, lobby.get(node));
                assertEquals(r.toString(), 200, r.status());
                seen.add(r.json().get("reference").asText());
            }
            assertEquals(4 * perClient, seen.size());
            for (long id : requestIds) {
                Http.Reply r = node.http.get("counter/requests/" + id, maker.get(node));
                assertEquals(r.toString(), 200, r.status());
                assertEquals("PENDING", r.json().get("status").asText());
            }
        }
    }

    // ---------------------------------------------------------------- (c) campaign contact

    @Test
    public void theSameContactPostedOnBothRuntimesAtOnceIsStoredOnce() throws Exception {
        String head = a.staff("inv.head", "CENTER_HEAD");
        Http.Reply defined = a.http.postJson("marketing/campaigns", head, "{\"name\":\"Invariants\",\"purpose\":\"test\","
                + "\"channels\":[\"PHONE\",\"SMS\"],\"target\":{\"manager\":\"cm1\"}}");
        assertEquals(defined.toString(), 201, defined.status());
        long campaign = defined.json().get("id").asLong();
        Http.Reply launched = a.http.post("marketing/campaigns/" + campaign + "/launch", head, "application/json", "");
        assertEquals(launched.toString(), 200, launched.status());
        String cmOnA = a.login("cm1");
        String cmOnB = b.login("cm1");
        List<String> targets = a.http.get("marketing/campaigns/" + campaign + "/targets", cmOnA).json().findValuesAsText("customerId");
        assertTrue(targets.toString(), targets.size() >= 2);
        // each target's first marketing contact ever: the two runtimes also race to create the customer's guard row
        for (String customer : targets) {
            String body = "{\"customerId\":\"" + customer + "\",\"channel\":\"PHONE\",\"outcome\":\"INTERESTED\"}";
            List<Http.Reply> replies = Cluster.atOnce(List.of(
                    () -> a.http.postJson("marketing/campaigns/" + campaign + "/contacts", cmOnA, body),
                    () -> b.http.postJson("marketing/campaigns/" + campaign + "/contacts", cmOnB, body)));
            int stored = 0;
            for (Http.Reply reply : replies) {
                if (reply.status() == 201) {
                    stored++;
                } else {
                    // what the module documents: the cap, counted under the customer's guard row, refuses the second
                    assertEquals(replies.toString(), 409, reply.status());
                    assertTrue(reply.toString(), reply.contentType().startsWith("application/problem+json"));
                    assertEquals(reply.toString(), "customerId", reply.json().get("field").asText());
                    assertTrue(reply.toString(), reply.body().contains("contact cap"));
                }
            }
            assertEquals(replies.toString(), 1, stored);
            for (Cluster.Node node : List.of(a, b)) {
                JsonNode contacts = node.http.get("marketing/campaigns/" + campaign + "/contacts?customerId=" + customer,
                        node == a ? cmOnA : cmOnB).json();
                assertEquals(contacts.toString(), 1, contacts.size());
            }
        }
    }

    // ---------------------------------------------------------------- (d) a scheduled job once

    @Test
    public void overdueCounterRequestsExpireOnceWithBothRuntimesRunningTheExpiry() throws Exception {
        String teller = a.staff("inv.expiring", "TELLER");
        String tellerOnB = b.login("inv.expiring");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(submit(i % 2 == 0 ? a : b, i % 2 == 0 ? teller : tellerOnB).get("id").asLong());
        }
        try (Connection db = connect()) {
            // all of them past their business day in one statement: due for both runtimes' next check at once
            try (PreparedStatement s = db.prepareStatement("UPDATE BD_CTR_REQUEST SET EXPIRES_AT = ? WHERE ID BETWEEN ? AND ? AND MAKER = ?")) {
                s.setLong(1, System.currentTimeMillis() - 60_000L);
                s.setLong(2, ids.get(0));
                s.setLong(3, ids.get(ids.size() - 1));
                s.setString(4, "inv.expiring");
                assertEquals(ids.size(), s.executeUpdate());
            }
            await("every overdue request expired", () -> count(db, "SELECT COUNT(*) FROM BD_CTR_REQUEST WHERE MAKER = 'inv.expiring'"
                    + " AND STATUS = 'EXPIRED'") == ids.size());
            // more runs of the job after the work was done: a second expiry of a request would show now
            awaitLeaseRenewals(db, EXPIRY_JOB, 3);
            for (long id : ids) {
                assertEquals("request " + id + ": one EXPIRED event", 1,
                        count(db, "SELECT COUNT(*) FROM BD_CTR_EVENT WHERE REQUEST_ID = " + id + " AND ACTION = 'EXPIRED'"));
            }
            // and one audit entry each, once both journals have been copied
            await("the expiries audited", () -> count(db, "SELECT COUNT(*) FROM BD_AUDIT WHERE ACTION = 'COUNTER_EXPIRE'") >= ids.size());
            for (long id : ids) {
                assertEquals("request " + id + ": one audit entry of its expiry", 1, count(db,
                        "SELECT COUNT(*) FROM BD_AUDIT WHERE ACTION = 'COUNTER_EXPIRE' AND DETAIL LIKE 'request " + id + " %'"));
            }
            assertEquals(1, count(db, "SELECT COUNT(*) FROM BD_JOB_LEASE WHERE JOB_NAME = '" + EXPIRY_JOB + "'"));
        }
        for (long id : ids) {
            Http.Reply r = b.http.get("counter/requests/" + id + "/history", tellerOnB);
            int expired = 0;
            for (JsonNode e : r.json()) {
                expired += "EXPIRED".equals(e.get("action").asText()) ? 1 : 0;
            }
            assertEquals(r.toString(), 1, expired);
        }
    }

    @Test
    public void scheduledCampaignsAreLaunchedOnceWithBothRuntimesChecking() throws Exception {
        String head = a.staff("inv.launcher", "CENTER_HEAD");
        String launchAt = java.time.Instant.now().plusSeconds(4).toString();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Cluster.Node node = i % 2 == 0 ? a : b;
            Http.Reply defined = node.http.postJson("marketing/campaigns", i % 2 == 0 ? head : b.login("inv.launcher"),
                    "{\"name\":\"Scheduled " + i + "\",\"channels\":[\"PHONE\"],\"target\":{},\"launchAt\":\"" + launchAt + "\"}");
            assertEquals(defined.toString(), 201, defined.status());
            ids.add(defined.json().get("id").asLong());
        }
        try (Connection db = connect()) {
            String idList = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
            await("every scheduled campaign launched", () -> count(db, "SELECT COUNT(*) FROM BD_MKT_CAMPAIGN WHERE ID IN (" + idList
                    + ") AND STATUS = 'LAUNCHED'") == ids.size());
            // both runtimes check every second: a second launch of a campaign would show in the next few checks
            Thread.sleep(3000);
            int customers = count(db, "SELECT COUNT(*) FROM BD_CUSTOMER");
            await("the launches audited", () -> count(db, "SELECT COUNT(*) FROM BD_AUDIT WHERE ACTION = 'CAMPAIGN_LAUNCH'"
                    + " AND ACTOR = '(marketing)'") >= ids.size());
            for (long id : ids) {
                assertEquals("campaign " + id + ": every customer a target once", customers,
                        count(db, "SELECT COUNT(*) FROM BD_MKT_TARGET WHERE CAMPAIGN_ID = " + id));
                assertEquals("campaign " + id + ": one launch audited", 1, count(db, "SELECT COUNT(*) FROM BD_AUDIT WHERE ACTION = "
                        + "'CAMPAIGN_LAUNCH' AND DETAIL LIKE 'campaign " + id + " %'"));
                JsonNode campaign = b.http.get("marketing/campaigns/" + id, b.login("inv.launcher")).json();
                assertEquals(campaign.toString(), "(marketing)", campaign.get("launchedBy").asText());
                assertEquals(campaign.toString(), customers, campaign.get("targets").asInt());
            }
        }
    }

    @Test
    public void handoversAreOpenedAndRaisedOnceWithBothRuntimesChecking() throws Exception {
        String admin = a.admin();
        a.staff("inv.cm-a", "CUSTOMER_MANAGER");
        a.staff("inv.cm-b", "CUSTOMER_MANAGER");
        String head = a.staff("inv.hohead", "CENTER_HEAD");
        String headOnB = b.login("inv.hohead");
        StringBuilder csv = new StringBuilder("customer_id,name,id_type,id_number,phone,birth_date,education,occupation,card_numbers,"
                + "other_bank_assets,manager\n");
        List<String> customers = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String id = "H00" + i;
            customers.add(id);
            csv.append(id).append(",交接").append(i).append(",RESIDENT_ID,").append(SampleData.residentId("1101051988010100" + i))
                    .append(",1390000010").append(i).append(",1988-01-01,BACHELOR,clerk,,,\n");
        }
        assertEquals(200, a.http.post("import/customers", admin, "text/csv", csv.toString()).status());
        for (String id : customers) {
            // to inv.cm-a on one runtime, then handed over to inv.cm-b on the other: one change with a predecessor
            Http.Reply first = a.http.postJson("customers/" + id + "/assignments", head, "{\"manager\":\"inv.cm-a\",\"replaces\":null}");
            assertEquals(first.toString(), 201, first.status());
            Http.Reply second = b.http.postJson("customers/" + id + "/assignments", headOnB, "{\"manager\":\"inv.cm-b\",\"reason\":"
                    + "\"HANDOVER\",\"replaces\":" + first.json().get("id").asLong() + "}");
            assertEquals(second.toString(), 201, second.status());
        }
        String in = customers.stream().map(c -> "'" + c + "'").collect(java.util.stream.Collectors.joining(","));
        try (Connection db = connect()) {
            // opened by the event on B and by both runtimes' catch-up every second: once each
            await("a handover for every change", () -> count(db, "SELECT COUNT(*) FROM BD_HANDOVER WHERE CUSTOMER_ID IN (" + in + ")")
                    == customers.size());
            try (PreparedStatement s = db.prepareStatement("UPDATE BD_HANDOVER SET DEADLINE = ? WHERE CUSTOMER_ID IN (" + in + ")")) {
                s.setLong(1, System.currentTimeMillis() - 60_000L);
                assertEquals(customers.size(), s.executeUpdate());
            }
            await("every handover raised", () -> count(db, "SELECT COUNT(*) FROM BD_HANDOVER WHERE CUSTOMER_ID IN (" + in
                    + ") AND ESCALATED_AT IS NOT NULL") == customers.size());
            long raisedAt = count(db, "SELECT CAST(SUM(ESCALATED_AT % 1000000) AS INTEGER) FROM BD_HANDOVER WHERE CUSTOMER_ID IN (" + in + ")");
            Thread.sleep(3000); // a few more checks on both runtimes
            assertEquals("one handover per change", customers.size(),
                    count(db, "SELECT COUNT(*) FROM BD_HANDOVER WHERE CUSTOMER_ID IN (" + in + ")"));
            assertEquals("raised once: no check raised one again", raisedAt,
                    count(db, "SELECT CAST(SUM(ESCALATED_AT % 1000000) AS INTEGER) FROM BD_HANDOVER WHERE CUSTOMER_ID IN (" + in + ")"));
        }
        JsonNode overdue = b.http.get("relationship/handovers?status=OVERDUE", headOnB).json();
        for (String id : customers) {
            assertTrue(id + " in " + overdue, overdue.toString().contains("\"customerId\":\"" + id + "\""));
        }
    }

    @Test
    public void theSameCareRecordedOnBothRuntimesAtOnceIsRecordedOnce() throws Exception {
        String cmOnA = a.login("cm1");
        String cmOnB = b.login("cm1");
        String ref = "care/HOLIDAY/" + CARE_DAY;
        String body = "{\"ref\":\"" + ref + "\",\"channel\":\"PHONE\",\"note\":\"greetings\"}";
        List<Http.Reply> replies = Cluster.atOnce(List.of(
                () -> a.http.postJson("relationship/care/T003/done", cmOnA, body),
                () -> b.http.postJson("relationship/care/T003/done", cmOnB, body)));
        int recorded = 0;
        for (Http.Reply reply : replies) {
            if (reply.status() == 200 || reply.status() == 201) {
                recorded++;
            } else {
                assertEquals(replies.toString(), 409, reply.status());
                assertTrue(reply.toString(), reply.contentType().startsWith("application/problem+json"));
                assertEquals(reply.toString(), "ref", reply.json().get("field").asText());
            }
        }
        assertEquals(replies.toString(), 1, recorded);
        try (Connection db = connect()) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM BD_CARE_DONE WHERE CUSTOMER_ID = 'T003' AND REF = '" + ref + "'"));
        }
        JsonNode care = b.http.get("relationship/care?days=30", cmOnB).json();
        assertTrue("the task is done on both runtimes: " + care, !care.toString().contains("\"customerId\":\"T003\",\"customerName\":\"孙中端\",\"ref\":\"" + ref));
    }

    // ---------------------------------------------------------------- (e) segmentation run

    @Test
    public void segmentationRunsPostedOnBothRuntimesAtOnceRunOnce() throws Exception {
        String admin = a.admin();
        String adminOnB = b.admin();
        String body = "{\"quarter\":\"" + SampleData.QUARTER + "\"}";
        try (Connection db = connect(); Connection holdUp = connect()) {
            int before = count(db, "SELECT COUNT(*) FROM BD_SEGMENTATION_RUN");
            // whichever runtime claims the run's lease first is held up writing its run row until the
            // other has had its answer: the two runs really overlap, however fast the sample branch is
            holdUp.setAutoCommit(false);
            try (Statement s = holdUp.createStatement()) {
                s.execute("LOCK TABLE BD_SEGMENTATION_RUN IN EXCLUSIVE MODE");
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Reply>> replies = new ArrayList<>();
            try {
                for (Cluster.Node node : List.of(a, b)) {
                    String token = node == a ? admin : adminOnB;
                    replies.add(pool.submit(() -> {
                        start.await();
                        return node.http.postJson("segmentation/runs", token, body);
                    }));
                }
                start.countDown();
                Http.Reply first = null;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(25);
                while (first == null) {
                    assertTrue("neither runtime answered while the other's run was held up", System.nanoTime() < deadline);
                    for (Future<Http.Reply> f : replies) {
                        if (f.isDone()) {
                            first = f.get();
                        }
                    }
                    Thread.sleep(20);
                }
                assertEquals(first.toString(), 409, first.status());
                assertTrue(first.toString(), first.contentType().startsWith("application/problem+json"));
                assertTrue(first.toString(), first.body().contains("already in progress"));
                holdUp.commit();
                int created = 0;
                for (Future<Http.Reply> f : replies) {
                    Http.Reply r = f.get(60, TimeUnit.SECONDS);
                    if (r.status() == 201) {
                        created++;
                    } else {
                        assertEquals(r.toString(), 409, r.status());
                    }
                }
                assertEquals(1, created);
            } finally {
                if (!holdUp.getAutoCommit()) {
                    holdUp.rollback();
                }
                pool.shutdownNow();
            }
            assertEquals("one run recorded", before + 1, count(db, "SELECT COUNT(*) FROM BD_SEGMENTATION_RUN"));
        }
        // the lease was released: the next run, on either runtime, is taken
        Http.Reply again = b.http.postJson("segmentation/runs", adminOnB, body);
        assertEquals(again.toString(), 201, again.status());
    }

    // ---------------------------------------------------------------- (f) audit copy

    @Test
    public void eachRuntimesAuditEntriesReachTheDatabaseOnceAcrossAKill() throws Exception {
        String head = a.staff("inv.creator", "CENTER_HEAD");
        a.staff("inv.ra", "CENTER_HEAD");
        a.staff("inv.rb", "CENTER_HEAD");
        String auditor = a.staff("inv.auditor", "AUDITOR");
        List<String> customers = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            String id = String.format("INVF%03d", i);
            Http.Reply r = a.http.postJson("customers", head, "{\"id\":\"" + id + "\",\"name\":\"测试" + id
                    + "\",\"idType\":\"PASSPORT\",\"idNumber\":\"P" + id + "\"}");
            assertEquals(r.toString(), 201, r.status());
            customers.add(id);
        }
        String ra = a.login("inv.ra");
        String rb = b.login("inv.rb");
        // one reader on each runtime, two clients each, reading at once: each runtime journals its own entries
        List<Callable<Void>> reads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Cluster.Node node = i % 2 == 0 ? a : b;
            String token = i % 2 == 0 ? ra : rb;
            List<String> mine = customers.subList(i / 2 * 20, i / 2 * 20 + 20);
            reads.add(() -> {
                for (String id : mine) {
                    Http.Reply r = node.http.get("customers/" + id, token);
                    assertEquals(r.toString(), 200, r.status());
                }
                return null;
            });
        }
        Cluster.atOnce(reads);
        List<String> firstForty = customers.subList(0, 40);
        Map<String, Integer> perRead = awaitAudited(auditor, "inv.ra", firstForty);
        assertEquals(perRead, awaitAudited(auditor, "inv.rb", firstForty));

        // more reads on B, then B dies as a crash does, its last entries perhaps not yet copied
        for (String id : customers.subList(40, 60)) {
            assertEquals(200, b.http.get("customers/" + id, rb).status());
        }
        cluster.kill(b);
        cluster.start(b);
        assertEquals(perRead, awaitAudited(auditor, "inv.rb", customers));
        assertEquals(perRead, awaitAudited(auditor, "inv.ra", firstForty));
        // a few more copy intervals of both runtimes: still exactly once each
        Thread.sleep(1500);
        assertEquals(perRead, audited(auditor, "inv.rb", customers));
        assertEquals(perRead, audited(auditor, "inv.ra", firstForty));
    }

    /**
     * Waits until the actor's audit entries cover every customer, then checks that every customer
     * has the same entries (action and detail) as many times each as the first: one per read.
     */
    private static Map<String, Integer> awaitAudited(String auditor, String actor, List<String> customers) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Map<String, Integer> got = audited(auditor, actor, customers);
            if (got != null) {
                return got;
            }
            assertTrue(actor + "'s audit entries of " + customers + " not all in the database within 60 s", System.nanoTime() < deadline);
            Thread.sleep(200);
        }
    }

    /** Each action's count per customer, the same for every customer; null while some customer has none yet. */
    private static Map<String, Integer> audited(String auditor, String actor, List<String> customers) {
        Http.Reply r = a.http.get("audit?actor=" + actor + "&limit=1000", auditor);
        assertEquals(r.toString(), 200, r.status());
        Map<String, Map<String, Integer>> byCustomer = new HashMap<>();
        for (JsonNode e : r.json()) {
            String customer = e.path("customerId").asText(null);
            if (customer == null || !customers.contains(customer)) {
                continue;
            }
            byCustomer.computeIfAbsent(customer, c -> new HashMap<>()).merge(e.path("action").asText(), 1, Integer::sum);
        }
        if (byCustomer.size() < customers.size()) {
            return null;
        }
        Map<String, Integer> first = byCustomer.get(customers.get(0));
        for (String customer : customers) {
            assertEquals(actor + ": " + customer + "'s entries " + byCustomer, first, byCustomer.get(customer));
        }
        for (int n : first.values()) {
            assertEquals(actor + ": one entry of each kind per read, none copied twice " + first, 1, n);
        }
        return first;
    }

    // ---------------------------------------------------------------- helpers

    /** A loss report of a fresh account: new content each time, so none is the duplicate of another. */
    private static String lossReport(String customer) {
        String account = String.format("62220477%08d", SEQ.incrementAndGet() * 7919 + (int) (System.nanoTime() % 1000) * 100000);
        return "{\"type\":\"LOSS_REPORT\",\"customerId\":\"" + customer + "\",\"fields\":{\"account\":\"" + account
                + "\",\"medium\":\"CARD\",\"kind\":\"TEMPORARY\"}}";
    }

    private static JsonNode submit(Cluster.Node node, String token) {
        Http.Reply s = node.http.postJson("counter/requests", token, lossReport("T003"));
        assertEquals(s.toString(), 201, s.status());
        return s.json().get("request");
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(cluster.url(), TestPostgres.USER, TestPostgres.PASSWORD);
    }

    private static int count(Connection db, String sql) {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            assertTrue(what + ": not within 60 s", System.nanoTime() < deadline);
            Thread.sleep(200);
        }
    }

    private static long leaseUntil(Connection db, String job) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT UNTIL_MS FROM BD_JOB_LEASE WHERE JOB_NAME = ?")) {
            s.setString(1, job);
            try (ResultSet r = s.executeQuery()) {
                assertTrue("the lease of " + job + " is claimed", r.next());
                return r.getLong(1);
            }
        }
    }

    /** Waits until the job's lease has been renewed {@code n} times: that many more runs of the job. */
    private static void awaitLeaseRenewals(Connection db, String job, int n) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long last = leaseUntil(db, job);
        for (int seen = 0; seen < n;) {
            assertTrue("the lease of " + job + " is not renewed", System.nanoTime() < deadline);
            Thread.sleep(200);
            long now = leaseUntil(db, job);
            if (now != last) {
                seen++;
                last = now;
            }
        }
    }
}
