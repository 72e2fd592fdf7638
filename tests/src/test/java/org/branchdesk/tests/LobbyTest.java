package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.branchdesk.lobby.api.Guidance;
import org.branchdesk.lobby.api.GuidanceMode;
import org.branchdesk.lobby.api.Priority;
import org.branchdesk.lobby.api.RoutingRule;
import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.lobby.api.VisitPurpose;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/** Identification & guidance through the real framework: routing, queues, notices, leads, the daily record. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LobbyTest extends BranchdeskTestSupport {

    private String lobby;
    private String teller;

    @Before
    public void customersOfEverySegment() {
        String admin = admin();
        staff("cm1", "CUSTOMER_MANAGER");
        assertEquals(200, http.post("import/customers", admin, "text/csv", SampleData.customers()).status());
        assertEquals(200, http.post("import/balances", admin, "text/csv", SampleData.balances()).status());
        // premium customers without a manager that only the lead tests meet
        assertEquals(200, http.post("import/customers", admin, "text/csv", "customer_id,name,id_type,id_number\n"
                + "L001,冯领先,PASSPORT,E55500001\nL002,陈领先,PASSPORT,E55500002\nL003,吴领先,PASSPORT,E55500003\n").status());
        StringBuilder balances = new StringBuilder("customer_id,date,balance\n");
        for (LocalDate d = LocalDate.of(2026, 7, 1); !d.isAfter(LocalDate.of(2026, 9, 30)); d = d.plusDays(1)) {
            balances.append("L001,").append(d).append(",3000000.00\nL002,").append(d).append(",400000.00\nL003,").append(d)
                    .append(",600000.00\n");
        }
        assertEquals(200, http.post("import/balances", admin, "text/csv", balances.toString()).status());
        // cm1 has no room beyond T003: allocation after segmentation leaves the other premium customers without a manager
        assertEquals(200, http.putJson("managers/cm1/profile", staff("lobbyhead", "CENTER_HEAD"), "{\"level\":\"MANAGER\",\"capacity\":1}")
                .status());
        assertEquals(201, http.postJson("segmentation/runs", admin, "{\"quarter\":\"2026-Q3\"}").status());
        lobby = staff("lobby1", "LOBBY_MANAGER");
        teller = staff("teller1", "TELLER");
    }

    private JsonNode arrive(String token, String identifier, String purpose) {
        Http.Reply reply = http.postJson("lobby/arrivals", token, "{" + identifier + "\"purpose\":\"" + purpose + "\"}");
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json();
    }

    @Test
    public void aPremiumCustomerIsSentToTheirManagerWhoGetsANotice() {
        JsonNode arrival = arrive(lobby, "\"cardNumber\":\"" + SampleData.MID_CARD + "\",", "WEALTH_CONSULTATION");
        assertEquals("T003", arrival.get("customer").get("id").asText());
        assertTrue("masked for the lobby manager", arrival.get("customer").get("idNumber").asText().contains("*"));
        assertTrue(arrival.get("premium").asBoolean());
        assertEquals("cm1", arrival.get("manager").asText());
        assertEquals("CUSTOMER_MANAGER", arrival.get("guidance").get("servicePoint").asText());
        assertEquals("PERSONAL", arrival.get("guidance").get("mode").asText());
        assertTrue(arrival.get("ticket").isNull());

        String cm = http.login("cm1", passwordOf("cm1"));
        JsonNode notices = awaitNotices(cm);
        assertEquals("T003", notices.get(0).get("customerId").asText());
        assertEquals("CUSTOMER_MANAGER", notices.get(0).get("servicePoint").asText());
    }

    @Test
    public void routingFollowsSegmentPurposeAndTier() throws Exception {
        JsonNode cash = arrive(lobby, "\"customerId\":\"T001\",", "CASH");
        assertEquals("PRIORITY_WINDOW", cash.get("guidance").get("servicePoint").asText());
        assertEquals("PREMIUM", cash.get("ticket").get("priority").asText());
        assertTrue(cash.get("ticket").get("number").asText().startsWith("P"));

        JsonNode ordinaryCash = arrive(lobby, "\"phone\":\"13900000006\",", "CASH");
        assertEquals("SELF_SERVICE", ordinaryCash.get("guidance").get("servicePoint").asText());
        assertTrue(ordinaryCash.get("ticket").isNull());

        JsonNode walkIn = arrive(lobby, "", "NON_CASH");
        assertTrue(walkIn.get("customer").isNull());
        assertEquals("NON_CASH_COUNTER", walkIn.get("guidance").get("servicePoint").asText());
        assertEquals("STANDARD", walkIn.get("ticket").get("priority").asText());

        withBranch("VIP_CENTER", "", () -> {
            JsonNode vip = arrive(lobby, "\"customerId\":\"T002\",", "CASH");
            assertEquals("VIP_ROOM", vip.get("guidance").get("servicePoint").asText());
            assertEquals("no ticket in the VIP centre's exclusive area", "PERSONAL", vip.get("guidance").get("mode").asText());
            assertTrue(vip.get("ticket").isNull());
        });
        withBranch("CONVENIENCE_STORE", "110-SUB-7", () -> {
            JsonNode store = arrive(lobby, "\"customerId\":\"T007\",", "WEALTH_CONSULTATION");
            assertEquals("REFERRAL", store.get("guidance").get("servicePoint").asText());
        });
    }

    @Test
    public void anIntegratorsRuleRegisteredAsAServiceWinsByRanking() throws Exception {
        Dictionary<String, Object> low = new Hashtable<>();
        low.put(Constants.SERVICE_RANKING, 10);
        Dictionary<String, Object> high = new Hashtable<>();
        high.put(Constants.SERVICE_RANKING, 20);
        RoutingRule toVipRoom = c -> c.purpose() == VisitPurpose.OTHER
                ? Optional.of(new Guidance(ServicePoint.VIP_ROOM, Priority.STANDARD, GuidanceMode.PERSONAL, "integrator: low"))
                : Optional.empty();
        RoutingRule toReception = c -> c.purpose() == VisitPurpose.OTHER
                ? Optional.of(new Guidance(ServicePoint.REFERRAL, Priority.STANDARD, GuidanceMode.NONE, "integrator: high"))
                : Optional.empty();
        ServiceRegistration<RoutingRule> first = context.registerService(RoutingRule.class, toVipRoom, low);
        ServiceRegistration<RoutingRule> second = context.registerService(RoutingRule.class, toReception, high);
        try {
            JsonNode routed = arrive(lobby, "\"customerId\":\"T006\",", "OTHER");
            assertEquals("integrator: high", routed.get("guidance").get("rule").asText());
            second.unregister();
            assertEquals("integrator: low", arrive(lobby, "\"customerId\":\"T006\",", "OTHER").get("guidance").get("rule").asText());
            assertEquals("rules that pass leave it to the table", "NON_CASH_COUNTER",
                    arrive(lobby, "\"customerId\":\"T006\",", "NON_CASH").get("guidance").get("servicePoint").asText());
        } finally {
            first.unregister();
        }
        assertTrue(arrive(lobby, "\"customerId\":\"T006\",", "OTHER").get("guidance").get("rule").asText().startsWith("table line"));
    }

    @Test
    public void premiumGoesFirstButNobodyWaitsBeyondTheBound() throws Exception {
        // The rule itself, with its times, is QueueOrderTest's; here: the queue follows it and its configured bound.
        awaitQueues();
        long standard = ticket("CASH_COUNTER", "STANDARD");
        long premium = ticket("CASH_COUNTER", "PREMIUM");
        assertEquals("premium first, well within the default bound of 600 s", premium, call("CASH_COUNTER", "1"));
        assertEquals(standard, call("CASH_COUNTER", "1"));

        Configuration config = configuration("org.branchdesk.lobby");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("maxWaitBehindPremiumSeconds", 0L); // no wait behind later premium tickets: first come, first served
        config.update(props);
        try {
            // the bound takes effect asynchronously: until it has, the later premium ticket goes first
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (true) {
                long first = ticket("CASH_COUNTER", "STANDARD");
                long second = ticket("CASH_COUNTER", "PREMIUM");
                long called = call("CASH_COUNTER", "1");
                if (called == first) {
                    assertEquals(second, call("CASH_COUNTER", "1"));
                    break;
                }
                assertEquals("before the new bound, premium first", second, called);
                assertEquals(first, call("CASH_COUNTER", "1"));
                assertTrue("the new bound did not take effect", System.nanoTime() < deadline);
                Thread.sleep(100);
            }
            long premiumFirst = ticket("CASH_COUNTER", "PREMIUM");
            long standardAfter = ticket("CASH_COUNTER", "STANDARD");
            assertEquals("a standard ticket never goes ahead of a premium ticket issued before it", premiumFirst,
                    call("CASH_COUNTER", "1"));
            assertEquals(standardAfter, call("CASH_COUNTER", "1"));
            assertEquals(204, http.postJson("lobby/queues/CASH_COUNTER/call", teller, "{\"counter\":\"1\"}").status());
        } finally {
            config.delete();
        }
    }

    @Test
    public void twoCountersCallingAtOnceNeverGetTheSameTicket() throws Exception {
        awaitQueues();
        int tickets = 30;
        for (int i = 0; i < tickets; i++) {
            ticket("NON_CASH_COUNTER", i % 3 == 0 ? "PREMIUM" : "STANDARD");
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> counters = new ArrayList<>();
        for (String counter : new String[] { "7", "8" }) {
            counters.add(pool.submit(() -> {
                start.await();
                List<Long> got = new ArrayList<>();
                for (int i = 0; i < tickets / 2; i++) {
                    Http.Reply r = http.postJson("lobby/queues/NON_CASH_COUNTER/call", teller, "{\"counter\":\"" + counter + "\"}");
                    if (r.status() == 200) {
                        got.add(r.json().get("id").asLong());
                    }
                }
                return got;
            }));
        }
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : counters) {
            all.addAll(f.get());
        }
        pool.shutdown();
        Set<Long> distinct = new HashSet<>(all);
        assertEquals("no ticket was handed to both counters: " + all, all.size(), distinct.size());
        assertEquals(tickets, distinct.size());
    }

    @Test
    public void aServedTicketCannotBeFinishedTwice() {
        long id = ticket("VIP_ROOM", "PREMIUM"); // a queue no other test uses
        Http.Reply early = http.post("lobby/tickets/" + id + "/done", teller, "application/json", "");
        assertEquals("not called yet", 409, early.status());
        assertEquals(id, call("VIP_ROOM", "2"));
        assertEquals(200, http.post("lobby/tickets/" + id + "/done", teller, "application/json", "").status());
        assertEquals(409, http.post("lobby/tickets/" + id + "/no-show", teller, "application/json", "").status());
        assertEquals(404, http.post("lobby/tickets/999999/done", teller, "application/json", "").status());
    }

    @Test
    public void badArrivalsAreClientErrorsAndWriteNothing() {
        String record = http.get("lobby/record", lobby).body();
        assertEquals(404, http.postJson("lobby/arrivals", lobby, "{\"cardNumber\":\"6222029999999999999\",\"purpose\":\"CASH\"}").status());
        Http.Reply purpose = http.postJson("lobby/arrivals", lobby, "{\"customerId\":\"T001\",\"purpose\":\"SHOPPING\"}");
        assertEquals(400, purpose.status());
        assertEquals("purpose", purpose.json().get("field").asText());
        assertEquals(400, http.postJson("lobby/arrivals", lobby, "{\"customerId\":\"T001\"}").status());
        assertEquals(400, http.postJson("lobby/arrivals", lobby, "{\"customerId\":\"T001\",\"phone\":\"13900000001\",\"purpose\":\"CASH\"}")
                .status());
        assertEquals("tellers say which counter", 400, http.postJson("lobby/arrivals", teller, "{\"customerId\":\"T001\",\"purpose\":\"CASH\"}")
                .status());
        assertEquals(400, http.postJson("lobby/queues/MOON/call", teller, "{\"counter\":\"1\"}").status());
        assertEquals(400, http.get("lobby/leads?status=MAYBE", lobby).status());
        assertEquals(record, http.get("lobby/record", lobby).body());
    }

    @Test
    public void leadsAndTheDailyRecord() {
        // T004 is potential premium (other-bank assets) without a manager: a lead on arrival
        JsonNode arrival = arrive(lobby, "\"customerId\":\"T004\",", "WEALTH_CONSULTATION");
        assertTrue(arrival.get("potentialPremium").asBoolean());
        assertFalse(arrival.get("leadId").isNull());
        // L001 (premium, no manager) identified at the cash counter by a teller, L002 referred from non-cash
        JsonNode atCash = arrive(teller, "\"customerId\":\"L001\",\"source\":\"CASH_COUNTER\",", "CASH");
        assertFalse(atCash.get("leadId").isNull());
        assertEquals(201, http.postJson("lobby/leads", teller, "{\"customerId\":\"L002\",\"source\":\"NON_CASH_COUNTER\",\"note\":\"asked about funds\"}")
                .status());
        assertEquals(409, http.postJson("lobby/leads", teller, "{\"customerId\":\"L002\",\"source\":\"NON_CASH_COUNTER\"}").status());
        arrive(lobby, "\"customerId\":\"T003\",", "WEALTH_CONSULTATION"); // received by cm1

        String cm = http.login("cm1", passwordOf("cm1"));
        String open = http.get("lobby/leads", cm).body();
        assertTrue(open, open.contains("\"T004\"") && open.contains("\"L001\"") && open.contains("\"L002\""));

        JsonNode record = http.get("lobby/record?date=" + LocalDate.now(), lobby).json();
        assertTrue(record.toString(), record.get("premiumReceivedByManager").get("cm1").asInt() >= 1);
        assertTrue(record.get("premiumIdentifiedByLobby").asInt() >= 1);
        assertTrue(record.get("premiumIdentifiedAtCash").asInt() >= 1);
        assertTrue(record.get("premiumIdentifiedAtNonCash").asInt() >= 1);
        // the complaint module is part of this deployment (its absence is tested in ComplaintTest)
        assertEquals("installed", record.get("complaintModule").asText());
        assertEquals(0, record.get("complaintsReceived").asLong());
        assertEquals(400, http.get("lobby/record?date=yesterday", lobby).status());

        String view = http.get("customers/T004/view", lobby).json().get("sections").toString();
        assertTrue(view, view.contains("lobby-visits") && view.contains("WEALTH_CONSULTATION"));
    }

    @Test
    public void aLeadFollowedUpByTwoManagersAtOnceIsFollowedUpOnce() throws Exception {
        // the follow-up reads the lead under its row lock: one manager is its follower, the others are told
        Http.Reply made = http.postJson("lobby/leads", teller, "{\"customerId\":\"L003\",\"source\":\"NON_CASH_COUNTER\"}");
        assertEquals(made.toString(), 201, made.status());
        long id = made.json().get("id").asLong();
        List<String> managers = List.of(http.login("cm1", passwordOf("cm1")), staff("cm-lead2", "CUSTOMER_MANAGER"));
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Reply>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String token = managers.get(i % 2);
                answers.add(pool.submit(() -> {
                    go.await();
                    return http.postJson("lobby/leads/" + id + "/follow-up", token, "");
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Reply> f : answers) {
                Http.Reply r = f.get(60, TimeUnit.SECONDS);
                statuses.add(r.status());
                if (r.status() == 409) {
                    assertEquals(r.toString(), "status", r.json().get("field").asText());
                }
            }
            statuses.sort(null);
            List<Integer> expected = new ArrayList<>(Collections.nCopies(n - 1, 409));
            expected.add(0, 200);
            assertEquals(expected, statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void withoutTheLobbyModuleEverythingElseKeepsWorking() throws Exception {
        Bundle module = installed("org.branchdesk.lobby.impl");
        module.stop();
        try {
            JsonNode health = http.awaitHealthy(Duration.ofSeconds(20));
            assertFalse(health.get("modules").toString().contains("lobby"));
            assertEquals(404, http.postJson("lobby/arrivals", lobby, "{\"customerId\":\"T001\",\"purpose\":\"CASH\"}").status());
            Http.Reply view = http.get("customers/T001/view", lobby);
            assertEquals(200, view.status());
            assertFalse(view.json().get("sections").toString().contains("lobby-visits"));
        } finally {
            module.start();
        }
        http.awaitHealthy(Duration.ofSeconds(30));
    }

    private JsonNode awaitNotices(String cm) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode notices = http.get("lobby/notices", cm).json();
        while (notices.size() == 0 && System.nanoTime() < deadline) {
            notices = http.get("lobby/notices", cm).json(); // Event Admin delivers asynchronously
        }
        assertTrue("the manager got the arrival notice", notices.size() > 0);
        return notices;
    }

    private long ticket(String point, String priority) {
        Http.Reply r = http.postJson("lobby/tickets", lobby, "{\"servicePoint\":\"" + point + "\",\"priority\":\"" + priority + "\"}");
        assertEquals(r.toString(), 201, r.status());
        return r.json().get("id").asLong();
    }

    private long call(String point, String counter) {
        Http.Reply r = http.postJson("lobby/queues/" + point + "/call", teller, "{\"counter\":\"" + counter + "\"}");
        assertEquals(r.toString(), 200, r.status());
        return r.json().get("id").asLong();
    }

    /** After a configuration change the lobby component comes back; wait for its resource. */
    private void awaitQueues() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (http.get("lobby/queues", lobby).status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(500); // the update may still be on its way to the component
        while (http.get("lobby/queues", lobby).status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private Configuration configuration(String pid) throws Exception {
        return context.getService(context.getServiceReference(ConfigurationAdmin.class)).getConfiguration(pid, "?");
    }

    private interface Check {
        void run() throws Exception;
    }

    /** Runs the check with the branch configured as another tier, then restores it. */
    private void withBranch(String tier, String parent, Check check) throws Exception {
        Configuration branch = configuration("org.branchdesk.branch");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("tier", tier);
        props.put("parentSubBranch", parent);
        branch.update(props);
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!http.get("branch", lobby).body().contains(tier) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            http.awaitHealthy(Duration.ofSeconds(20));
            check.run();
        } finally {
            branch.delete();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (http.get("branch", lobby).body().contains(tier) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            http.awaitHealthy(Duration.ofSeconds(20));
        }
    }
}
