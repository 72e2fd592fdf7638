package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two runtimes of one branch on one PostgreSQL database, with clients spread over both: what
 * one runtime guarantees alone holds across both, because the database keeps it.
 */
public class RuntimesClusterTest {

    /** The bound within which a runtime sees a token revoked on another one, shortened from its default for the test. */
    private static final int CHECK_SECONDS = 1;

    private static Cluster cluster;
    private static Cluster.Node a;
    private static Cluster.Node b;

    @BeforeClass
    public static void twoRuntimes() throws Exception {
        cluster = new Cluster(2, "wealth-center", Map.of("org.branchdesk.security.cfg",
                "sessionCheckSeconds=" + CHECK_SECONDS + "\nfailureDelaySeconds=0\n"));
        a = cluster.node(0);
        b = cluster.node(1);
    }

    @AfterClass
    public static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    public void countersOnBothRuntimesNeverGetTheSameTicket() throws Exception {
        String lobby = a.staff("cl.lobby", "LOBBY_MANAGER");
        String teller = a.staff("cl.teller", "TELLER");
        String lobbyOnB = b.login("cl.lobby");
        String tellerOnB = b.login("cl.teller");
        int perIssuer = 12;
        // four lobby clients, two on each runtime, issue tickets at once
        List<Callable<List<JsonNode>>> issuers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Cluster.Node node = i % 2 == 0 ? a : b;
            String token = i % 2 == 0 ? lobby : lobbyOnB;
            int n = i;
            issuers.add(() -> {
                List<JsonNode> issued = new ArrayList<>();
                for (int k = 0; k < perIssuer; k++) {
                    Http.Reply r = node.http.postJson("lobby/tickets", token, "{\"servicePoint\":\"NON_CASH_COUNTER\",\"priority\":\""
                            + ((n + k) % 3 == 0 ? "PREMIUM" : "STANDARD") + "\"}");
                    assertEquals(r.toString(), 201, r.status());
                    issued.add(r.json());
                }
                return issued;
            });
        }
        Set<Long> ids = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (List<JsonNode> issued : Cluster.atOnce(issuers)) {
            for (JsonNode t : issued) {
                assertTrue("ticket id handed out twice: " + t, ids.add(t.get("id").asLong()));
                assertTrue("ticket number handed out twice: " + t, numbers.add(t.get("number").asText()));
            }
        }
        assertEquals(4 * perIssuer, ids.size());

        // six counters, three on each runtime, call the queue empty at once
        List<Callable<List<Long>>> counters = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Cluster.Node node = i % 2 == 0 ? a : b;
            String token = i % 2 == 0 ? teller : tellerOnB;
            String counter = String.valueOf(10 + i);
            counters.add(() -> {
                List<Long> got = new ArrayList<>();
                while (true) {
                    Http.Reply r = node.http.postJson("lobby/queues/NON_CASH_COUNTER/call", token, "{\"counter\":\"" + counter + "\"}");
                    if (r.status() == 204) {
                        return got; // the queue is empty
                    }
                    // never a spurious failure: each call either gets a ticket or finds the queue empty
                    assertEquals(r.toString(), 200, r.status());
                    assertEquals(counter, r.json().get("counter").asText());
                    got.add(r.json().get("id").asLong());
                }
            });
        }
        List<Long> called = new ArrayList<>();
        Cluster.atOnce(counters).forEach(called::addAll);
        assertEquals("no ticket went to two counters: " + called, called.size(), new HashSet<>(called).size());
        assertEquals("every ticket was called", ids, new HashSet<>(called));
    }

    @Test
    public void twoManagersAssignedAtOnceThroughBothRuntimesLeaveExactlyOne() throws Exception {
        String head = a.staff("cl.head", "CENTER_HEAD");
        String headOnB = b.login("cl.head");
        a.staff("cl.m1", "CUSTOMER_MANAGER");
        a.staff("cl.m2", "CUSTOMER_MANAGER");
        for (String customer : List.of("CLA001", "CLA002", "CLA003")) {
            Http.Reply r = a.http.postJson("customers", head, "{\"id\":\"" + customer + "\",\"name\":\"测试" + customer
                    + "\",\"idType\":\"PASSPORT\",\"idNumber\":\"P" + customer + "\"}");
            assertEquals(r.toString(), 201, r.status());
            List<Http.Reply> replies = Cluster.atOnce(List.of(
                    () -> a.http.postJson("customers/" + customer + "/assignments", head, "{\"manager\":\"cl.m1\",\"replaces\":null}"),
                    () -> b.http.postJson("customers/" + customer + "/assignments", headOnB, "{\"manager\":\"cl.m2\",\"replaces\":null}")));
            int created = 0;
            for (Http.Reply reply : replies) {
                if (reply.status() == 201) {
                    created++;
                } else {
                    assertEquals(reply.toString(), 409, reply.status());
                }
            }
            assertEquals(replies.toString(), 1, created);
            for (Cluster.Node node : List.of(a, b)) {
                JsonNode history = node.http.get("customers/" + customer + "/assignments", node == a ? head : headOnB).json();
                assertEquals(history.toString(), 1, history.size());
                assertTrue(history.toString(), history.get(0).get("to").isNull());
            }
        }
    }

    @Test
    public void aTokenRevokedOnOneRuntimeIsRefusedOnTheOtherWithinTheBound() throws Exception {
        a.staff("cl.leaver", "TELLER");
        String loggedOut = a.login("cl.leaver");
        String disabled = a.login("cl.leaver");
        // both tokens known (cached) on B
        assertEquals(200, b.http.get("staff/me", loggedOut).status());
        assertEquals(200, b.http.get("staff/me", disabled).status());

        assertEquals(204, a.http.postJson("auth/logout", loggedOut, "").status());
        assertEquals("at once on the runtime that logged out", 401, a.http.get("staff/me", loggedOut).status());
        Thread.sleep(CHECK_SECONDS * 1000L + 200); // the bound passes
        assertEquals("on the other runtime once the bound has passed", 401, b.http.get("staff/me", loggedOut).status());
        assertEquals(200, b.http.get("staff/me", disabled).status());

        Http.Reply off = a.http.postJson("staff/cl.leaver/disable", a.admin(), "");
        assertEquals(off.toString(), 200, off.status());
        assertEquals(401, a.http.get("staff/me", disabled).status());
        Thread.sleep(CHECK_SECONDS * 1000L + 200);
        assertEquals("a disabled account's token on the other runtime once the bound has passed", 401,
                b.http.get("staff/me", disabled).status());
        Http.Reply again = b.http.postJson("auth/login", null, "{\"username\":\"cl.leaver\",\"password\":\""
                + BranchdeskTestSupport.passwordOf("cl.leaver") + "\"}");
        assertEquals("nor can it log in there", 401, again.status());
    }

    @Test
    public void aKilledRuntimeLosesNoAnsweredWriteAndComesBackWithTheSameData() throws Exception {
        String head = a.staff("cl.writer", "CENTER_HEAD");
        String headOnB = b.login("cl.writer");
        ConcurrentLinkedQueue<String> written = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger afterKill = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch loaded = new CountDownLatch(10);
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Cluster.Node node = i % 2 == 0 ? a : b;
            String token = i % 2 == 0 ? head : headOnB;
            String prefix = "CLK" + i;
            writers.add(() -> {
                int failures = 0;
                for (int k = 0; !stop.get() && k < 5000; k++) {
                    String id = prefix + String.format("%04d", k);
                    try {
                        Http.Reply r = node.http.postJson("customers", token, "{\"id\":\"" + id + "\",\"name\":\"测试" + id
                                + "\",\"idType\":\"PASSPORT\",\"idNumber\":\"P" + id + "\"}");
                        if (r.status() == 201) {
                            written.add(id);
                            loaded.countDown();
                            if (killed.get() && node == a) {
                                afterKill.incrementAndGet();
                            }
                        } else {
                            // a runtime dying mid-request may answer nothing; a live one answers only 201
                            assertTrue(r.toString(), node == b && killed.get());
                            failures++;
                        }
                    } catch (IllegalStateException e) { // no answer: the runtime is gone
                        assertTrue(e.toString(), node == b && killed.get());
                        failures++;
                        Thread.sleep(20);
                    }
                }
                return failures;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        List<Future<Integer>> running = new ArrayList<>();
        writers.forEach(w -> running.add(pool.submit(w)));
        assertTrue("writes under way on both runtimes", loaded.await(120, TimeUnit.SECONDS));
        killed.set(true);
        cluster.kill(b);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (afterKill.get() < 20 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        stop.set(true);
        for (Future<Integer> f : running) {
            f.get(180, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue("runtime A kept answering after B was killed", afterKill.get() >= 20);

        for (String id : written) {
            Http.Reply r = a.http.get("customers/" + id, head);
            assertEquals(id + " was answered 201 before or after the kill: " + r, 200, r.status());
        }
        cluster.start(b);
        // the token issued before the kill is in the database: the restarted runtime knows it
        for (String id : written) {
            Http.Reply r = b.http.get("customers/" + id, headOnB);
            assertEquals(id + " on the restarted runtime: " + r, 200, r.status());
            assertEquals("测试" + id, r.json().get("name").asText());
        }
        // and it takes writes again
        Http.Reply r = b.http.postJson("customers", headOnB, "{\"id\":\"CLKBACK\",\"name\":\"测试CLKBACK\",\"idType\":\"PASSPORT\","
                + "\"idNumber\":\"PCLKBACK\"}");
        assertEquals(r.toString(), 201, r.status());
        assertEquals(200, a.http.get("customers/CLKBACK", head).status());
    }
}
