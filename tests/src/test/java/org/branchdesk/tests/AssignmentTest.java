package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.branchdesk.customer.api.AssignmentService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The dedicated-manager rule through the real framework and database: one open assignment per
 * customer under concurrent decisions, no back-dating, books and their access, the customers
 * file, leaving managers, and allocation.
 *
 * <p>Every test makes its own customers and managers. So that an allocation (after a segmentation
 * run, or a departure by the rules) places customers only with the managers a test means, the
 * class runs with a default capacity of 0: only a manager given a profile has room, and each test
 * gives room only for the time it needs it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AssignmentTest extends BranchdeskTestSupport {

    private String admin;
    private String head;

    @Before
    public void centreHeadAndNoRoomByDefault() throws Exception {
        admin = admin();
        head = staff("as.head", "CENTER_HEAD");
        allocationConfig("defaultCapacity", 0);
    }

    /** Sets one property of the allocation rules (PID org.branchdesk.customer.allocation) and waits until the service runs with it. */
    private void allocationConfig(String key, Object value) throws Exception {
        ServiceReference<?> current = context.getServiceReference(AssignmentService.class.getName());
        if (current != null && value.equals(current.getProperty(key))) {
            return;
        }
        org.osgi.service.cm.Configuration config = context.getService(context.getServiceReference(ConfigurationAdmin.class))
                .getConfiguration("org.branchdesk.customer.allocation", "?");
        Dictionary<String, Object> props = config.getProperties() == null ? new Hashtable<>() : config.getProperties();
        props.put(key, value);
        config.update(props);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            ServiceReference<?> ref = context.getServiceReference(AssignmentService.class.getName());
            if (ref != null && value.equals(ref.getProperty(key))) {
                http.awaitHealthy(Duration.ofSeconds(30));
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the assignment service did not take " + key + "=" + value);
    }

    /** A customer without segment (never an allocation candidate), created by the centre head. */
    private void customer(String id) {
        Http.Reply r = http.postJson("customers", head, "{\"id\":\"" + id + "\",\"name\":\"测试" + id + "\",\"idType\":\"PASSPORT\","
                + "\"idNumber\":\"P" + id + "\"}");
        assertTrue(r.toString(), r.status() == 201 || r.status() == 409);
    }

    private Http.Reply assign(String customer, String manager, Object replaces) {
        return http.postJson("customers/" + customer + "/assignments", head,
                "{\"manager\":\"" + manager + "\",\"replaces\":" + replaces + "}");
    }

    private JsonNode history(String customer) {
        Http.Reply r = http.get("customers/" + customer + "/assignments", head);
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    private static int open(JsonNode history) {
        int open = 0;
        for (JsonNode a : history) {
            open += a.get("to").isNull() ? 1 : 0;
        }
        return open;
    }

    @Test
    public void concurrentConflictingDecisionsLeaveExactlyOneOpenAssignment() throws Exception {
        List<String> managers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            staff("cc.m" + i, "CUSTOMER_MANAGER");
            managers.add("cc.m" + i);
        }
        customer("AC001");
        JsonNode first = assign("AC001", "cc.m0", null).json();
        long replaces = first.get("id").asLong();
        // eight centre heads' decisions, each replacing the open assignment they saw, all at once
        for (String round : List.of("replaces", "first")) {
            String customer = round.equals("replaces") ? "AC001" : "AC002";
            if (round.equals("first")) {
                customer("AC002");
            }
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String manager = managers.get(round.equals("replaces") ? (i + 1) % 8 : i);
                Object named = round.equals("replaces") ? replaces : null;
                replies.add(pool.submit((Callable<Http.Reply>) () -> {
                    start.await();
                    return assign(customer, manager, named);
                }));
            }
            start.countDown();
            int created = 0;
            int conflicts = 0;
            for (Future<Http.Reply> f : replies) {
                Http.Reply r = f.get(120, TimeUnit.SECONDS);
                if (r.status() == 201) {
                    created++;
                } else {
                    assertEquals(r.toString(), 409, r.status());
                    assertEquals(r.toString(), "replaces", r.json().get("field").asText());
                    conflicts++;
                }
            }
            pool.shutdown();
            assertEquals(round, 1, created);
            assertEquals(round, 7, conflicts);
            JsonNode history = history(customer);
            assertEquals(round + ": " + history, 1, open(history));
            assertEquals(round + ": nothing half-written", round.equals("replaces") ? 2 : 1, history.size());
            JsonNode current = http.get("customers/" + customer + "/assignment", head).json();
            assertEquals(history.get(0).get("id").asLong(), current.get("id").asLong());
            assertEquals("the customer's manager is the open assignment's", current.get("manager").asText(),
                    http.get("customers/" + customer, head).json().get("manager").asText());
        }
    }

    @Test
    public void assignmentsAreNeverBackDatedAndPeriodsDoNotOverlap() {
        staff("bd.one", "CUSTOMER_MANAGER");
        staff("bd.two", "CUSTOMER_MANAGER");
        customer("AB001");
        Instant before = Instant.now().minusSeconds(5);
        JsonNode first = assign("AB001", "bd.one", null).json();
        // a client-given start is no part of the request: refused, nothing written
        Http.Reply backDated = http.postJson("customers/AB001/assignments", head, "{\"manager\":\"bd.two\",\"replaces\":"
                + first.get("id").asLong() + ",\"from\":\"2020-01-01T00:00:00Z\"}");
        assertEquals(backDated.toString(), 400, backDated.status());
        assertEquals(1, history("AB001").size());
        JsonNode second = assign("AB001", "bd.two", first.get("id").asLong()).json();
        assertEquals("HANDOVER", second.get("reason").asText());
        assertEquals("bd.one", second.get("previousManager").asText());
        assertEquals("BY_HAND", second.get("rule").asText());
        assertEquals("as.head", second.get("decidedBy").asText());
        JsonNode history = history("AB001");
        assertEquals(2, history.size());
        Instant from1 = Instant.parse(history.get(1).get("from").asText());
        Instant to1 = Instant.parse(history.get(1).get("to").asText());
        Instant from2 = Instant.parse(history.get(0).get("from").asText());
        assertTrue("from is the server's clock", from1.isAfter(before));
        assertEquals("the old one ends when the new one begins", to1, from2);
        assertFalse(from2.isBefore(from1));
        // the same open assignment named again is a conflict, as is the customer's own manager
        assertEquals(409, assign("AB001", "bd.one", first.get("id").asLong()).status());
        Http.Reply same = assign("AB001", "bd.two", second.get("id").asLong());
        assertEquals(same.toString(), 409, same.status());
        assertEquals("manager", same.json().get("field").asText());
        // bad input names the field and writes nothing
        Http.Reply nobody = assign("AB001", "no.such.manager", second.get("id").asLong());
        assertEquals(400, nobody.status());
        assertEquals("manager", nobody.json().get("field").asText());
        assertEquals(403, http.postJson("customers/AB001/assignments", staff("bd.teller", "TELLER"), "{\"manager\":\"bd.one\"}")
                .status());
        assertEquals(404, assign("NO-SUCH", "bd.one", null).status());
        assertEquals(2, history("AB001").size());
    }

    @Test
    public void aManagersBookIsTheirsAndTheCentreHeadsOnly() {
        String mine = staff("bk.mine", "CUSTOMER_MANAGER");
        String other = staff("bk.other", "CUSTOMER_MANAGER");
        customer("AK001");
        customer("AK002");
        assign("AK001", "bk.mine", null);
        assign("AK002", "bk.mine", null);
        Http.Reply book = http.get("managers/bk.mine/book", mine);
        assertEquals(book.toString(), 200, book.status());
        assertEquals(2, book.json().size());
        assertEquals("AK001", book.json().get(0).get("customerId").asText());
        assertNotNull(book.json().get(0).get("managerSince").asText());
        assertEquals(2, http.get("managers/bk.mine/book", head).json().size());
        Http.Reply refused = http.get("managers/bk.mine/book", other);
        assertEquals(refused.toString(), 403, refused.status());
        // history: the customer's own manager and the centre head; another manager is refused
        assertEquals(200, http.get("customers/AK001/assignments", mine).status());
        assertEquals(403, http.get("customers/AK001/assignments", other).status());
        // the current assignment: whoever reads customers
        assertEquals("bk.mine", http.get("customers/AK001/assignment", staff("bk.teller", "TELLER")).json().get("manager").asText());
        // reads are audited: one BOOK entry naming the manager, the history per customer
        String audit = http.get("audit?actor=bk.mine", staff("bk.auditor", "AUDITOR")).body();
        assertTrue(audit, audit.contains("\"BOOK\"") && audit.contains("bk.mine"));
        assertTrue(audit, audit.contains("\"ASSIGNMENTS\"") && audit.contains("AK001"));
        // managers and profiles
        JsonNode managers = http.get("managers", head).json();
        boolean found = false;
        for (JsonNode m : managers) {
            if (m.get("username").asText().equals("bk.mine")) {
                found = true;
                assertEquals(2, m.get("customers").asInt());
                assertTrue(m.get("active").asBoolean());
            }
        }
        assertTrue(managers.toString(), found);
        assertEquals(403, http.get("managers", mine).status());
        assertEquals(200, http.get("managers/bk.mine", mine).status());
        assertEquals(403, http.get("managers/bk.mine", other).status());
        assertEquals(404, http.get("managers/bk.teller", head).status());
        Http.Reply negative = http.putJson("managers/bk.mine/profile", head, "{\"level\":\"SENIOR\",\"capacity\":-1}");
        assertEquals(400, negative.status());
        assertEquals("capacity", negative.json().get("field").asText());
        JsonNode profile = http.putJson("managers/bk.mine/profile", head, "{\"level\":\"SENIOR\",\"capacity\":0}").json();
        assertEquals("SENIOR", profile.get("level").asText());
        assertEquals(0, profile.get("capacity").asInt());
        assertEquals(2, profile.get("customers").asInt());
    }

    @Test
    public void onlyTheAssignmentServiceChangesAManagerAndEventsFollowTheCommit() throws Exception {
        staff("ev.one", "CUSTOMER_MANAGER");
        staff("ev.two", "CUSTOMER_MANAGER");
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, AssignmentService.ASSIGNED_TOPIC);
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, events::add, topics);
        try {
            // a customer created with a manager: their first assignment, by hand, decided by whoever created them
            Http.Reply created = http.postJson("customers", head, "{\"id\":\"AE001\",\"name\":\"事件\",\"idType\":\"PASSPORT\","
                    + "\"idNumber\":\"PAE001\",\"manager\":\"ev.one\"}");
            assertEquals(created.toString(), 201, created.status());
            assertEquals("ev.one", created.json().get("manager").asText());
            JsonNode first = history("AE001").get(0);
            assertEquals("ALLOCATION", first.get("reason").asText());
            assertEquals("BY_HAND", first.get("rule").asText());
            assertEquals("as.head", first.get("decidedBy").asText());
            Event e = awaitEvent(events, "AE001");
            assertEquals("ev.one", e.getProperty("manager"));
            assertEquals(null, e.getProperty("previousManager"));
            assertEquals(first.get("id").asLong(), ((Number) e.getProperty("assignmentId")).longValue());

            // a change of the customer may not change the manager; the same one, or none, is fine
            String body = "{\"name\":\"事件\",\"idType\":\"PASSPORT\",\"idNumber\":\"PAE001\",\"manager\":";
            Http.Reply changed = http.putJson("customers/AE001", head, body + "\"ev.two\"}");
            assertEquals(changed.toString(), 400, changed.status());
            assertEquals("manager", changed.json().get("field").asText());
            assertTrue(changed.json().get("detail").asText().contains("assignments"));
            assertEquals(200, http.putJson("customers/AE001", head, body + "\"ev.one\"}").status());
            Http.Reply omitted = http.putJson("customers/AE001", head, body + "null}");
            assertEquals(200, omitted.status());
            assertEquals("ev.one", omitted.json().get("manager").asText());
            assertEquals(1, history("AE001").size());

            JsonNode handover = assign("AE001", "ev.two", first.get("id").asLong()).json();
            Event moved = awaitEvent(events, "AE001");
            assertEquals("ev.two", moved.getProperty("manager"));
            assertEquals("ev.one", moved.getProperty("previousManager"));
            assertEquals("HANDOVER", moved.getProperty("reason"));
            // a conflict announces nothing
            assertEquals(409, assign("AE001", "ev.one", first.get("id").asLong()).status());
            assertEquals(null, events.poll(1, TimeUnit.SECONDS));
            // a follower catches up with changesAfter
            AssignmentService service = context.getService(context.getServiceReference(AssignmentService.class));
            List<org.branchdesk.customer.api.Assignment> changes = service.changesAfter(first.get("id").asLong(), 100,
                    new org.branchdesk.platform.security.Caller("as.head", "head", java.util.Set.of(
                            org.branchdesk.platform.security.Role.CENTER_HEAD)));
            assertTrue(changes.toString(), changes.stream().anyMatch(a -> a.id() == handover.get("id").asLong()));
            assertTrue(changes.stream().allMatch(a -> a.previousManager() != null));
        } finally {
            handler.unregister();
        }
    }

    private static Event awaitEvent(BlockingQueue<Event> events, String customer) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Event e = events.poll(1, TimeUnit.SECONDS);
            if (e != null && customer.equals(e.getProperty("customerId"))) {
                return e;
            }
        }
        throw new AssertionError("no event for " + customer);
    }
}
