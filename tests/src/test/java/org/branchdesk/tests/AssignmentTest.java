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
        for (int i = 0; i < 9; i++) {
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
                // none of them the customer's manager already (that is a conflict of its own, on manager)
                String manager = managers.get(round.equals("replaces") ? i + 1 : i);
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

    /** A customers file of these ids, each with the manager given (or none). */
    private static String customersCsv(List<String> ids, String manager) {
        StringBuilder csv = new StringBuilder("customer_id,name,id_type,id_number,manager\n");
        for (String id : ids) {
            csv.append(id).append(",客户").append(id).append(",PASSPORT,P").append(id).append(',').append(manager == null ? "" : manager)
                    .append('\n');
        }
        return csv.toString();
    }

    private static List<String> ids(String prefix, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ids.add(String.format("%s%03d", prefix, i));
        }
        return ids;
    }

    private void profile(String manager, String level, int capacity) {
        Http.Reply r = http.putJson("managers/" + manager + "/profile", head, "{\"level\":\"" + level + "\",\"capacity\":" + capacity + "}");
        assertEquals(r.toString(), 200, r.status());
    }

    private boolean active(String username) {
        return http.get("staff/" + username, admin).json().get("active").asBoolean();
    }

    @Test
    public void theCustomersFilesManagerColumnMakesAssignments() {
        staff("cv.one", "CUSTOMER_MANAGER");
        staff("cv.two", "CUSTOMER_MANAGER");
        assertEquals(200, http.post("import/customers", admin, "text/csv", customersCsv(List.of("CV001"), "cv.one")
                + "CV002,客户CV002,PASSPORT,PCV002,\n").status());
        JsonNode first = history("CV001");
        assertEquals(1, first.size());
        assertEquals("ALLOCATION", first.get(0).get("reason").asText());
        assertEquals("IMPORT", first.get(0).get("rule").asText());
        assertEquals("admin", first.get(0).get("decidedBy").asText());
        assertEquals(0, history("CV002").size());
        // a later file with another manager: a handover; the same file again changes nothing
        assertEquals(200, http.post("import/customers", admin, "text/csv", customersCsv(List.of("CV001"), "cv.two")).status());
        assertEquals(200, http.post("import/customers", admin, "text/csv", customersCsv(List.of("CV001"), "cv.two")).status());
        JsonNode handed = history("CV001");
        assertEquals(2, handed.size());
        assertEquals("HANDOVER", handed.get(0).get("reason").asText());
        assertEquals("cv.one", handed.get(0).get("previousManager").asText());
        assertEquals(handed.get(1).get("to").asText(), handed.get(0).get("from").asText());
        // an empty cell keeps the manager: the file cannot take a customer's manager away
        assertEquals(200, http.post("import/customers", admin, "text/csv", customersCsv(List.of("CV001"), null)).status());
        assertEquals(2, history("CV001").size());
        assertEquals("cv.two", http.get("customers/CV001", head).json().get("manager").asText());
        assertEquals(1, open(history("CV001")));
    }

    /** Refuses once it is asked (after the customer module's departure, which ranks higher), after checking that it already moved them. */
    private static final class RefusingDeparture implements org.branchdesk.platform.security.StaffDeparture {
        private final AssignmentService assignments;
        volatile String sawManager;

        RefusingDeparture(AssignmentService assignments) {
            this.assignments = assignments;
        }

        @Override
        public String leaving(String username, String successor, org.branchdesk.platform.security.Caller actor) {
            sawManager = assignments.current("DP001", new org.branchdesk.platform.security.Caller("as.head", "head",
                    java.util.Set.of(org.branchdesk.platform.security.Role.CENTER_HEAD))).map(a -> a.manager()).orElse(null);
            throw new org.branchdesk.platform.api.ConflictException("successor", "refused by the test, after the customers moved");
        }
    }

    @Test
    public void aLeavingManagersCustomersMoveToTheSuccessorInTheDisablingsTransactionOrNotAtAll() {
        String leaver = staff("dp.leaver", "CUSTOMER_MANAGER");
        staff("dp.succ", "CUSTOMER_MANAGER");
        staff("dp.lobby", "LOBBY_MANAGER");
        List<String> ids = ids("DP", 100);
        assertEquals(200, http.post("import/customers", admin, "text/csv", customersCsv(ids, "dp.leaver")).status());
        assertEquals(100, http.get("managers/dp.leaver/book", leaver).json().size());

        // no successor named: refused, saying how many and what to send
        Http.Reply refused = http.postJson("staff/dp.leaver/disable", admin, "");
        assertEquals(refused.toString(), 409, refused.status());
        assertEquals("successor", refused.json().get("field").asText());
        assertTrue(refused.toString(), refused.json().get("detail").asText().contains("100 customers")
                && refused.json().get("detail").asText().contains("rules"));
        assertTrue(active("dp.leaver"));
        // a successor who cannot be one: 400 naming it, nothing written
        for (String bad : List.of("dp.leaver", "dp.lobby", "no.such")) {
            Http.Reply r = http.postJson("staff/dp.leaver/disable", admin, "{\"successor\":\"" + bad + "\"}");
            assertEquals(bad + ": " + r, 400, r.status());
            assertEquals("successor", r.json().get("field").asText());
        }
        assertEquals(400, http.postJson("staff/dp.leaver/disable", admin, "{\"successor\":42}").status());
        assertTrue(active("dp.leaver"));

        // a departure that fails after the customer module moved them all: nothing moved, the account stays enabled
        RefusingDeparture refusing = new RefusingDeparture(context.getService(context.getServiceReference(AssignmentService.class)));
        Dictionary<String, Object> lowest = new Hashtable<>();
        lowest.put(org.osgi.framework.Constants.SERVICE_RANKING, -1000);
        ServiceRegistration<org.branchdesk.platform.security.StaffDeparture> failing = context.registerService(
                org.branchdesk.platform.security.StaffDeparture.class, refusing, lowest);
        try {
            Http.Reply halfway = http.postJson("staff/dp.leaver/disable", admin, "{\"successor\":\"dp.succ\"}");
            assertEquals(halfway.toString(), 409, halfway.status());
            assertEquals("the customers had moved inside the transaction when it failed", "dp.succ", refusing.sawManager);
        } finally {
            failing.unregister();
        }
        assertTrue(active("dp.leaver"));
        assertEquals(100, http.get("managers/dp.leaver/book", head).json().size());
        assertEquals(0, http.get("managers/dp.succ/book", head).json().size());
        assertEquals(1, history("DP001").size());

        // with the successor: all 100 move with the disabling, in one transaction
        Http.Reply disabled = http.postJson("staff/dp.leaver/disable", admin, "{\"successor\":\"dp.succ\"}");
        assertEquals(disabled.toString(), 200, disabled.status());
        assertFalse(disabled.json().get("active").asBoolean());
        assertEquals("100 customers to dp.succ", disabled.json().get("moved").get(0).asText());
        assertFalse("the administrator sees no customer", disabled.body().contains("DP0"));
        assertFalse(active("dp.leaver"));
        assertEquals(100, http.get("managers/dp.succ/book", head).json().size());
        assertEquals(0, http.get("managers/dp.leaver/book", head).json().size());
        String managers = http.get("managers", head).body();
        assertFalse("a disabled manager holding nothing is no longer listed: " + managers, managers.contains("\"dp.leaver\""));
        JsonNode moved = history("DP050");
        assertEquals(2, moved.size());
        assertEquals("MANAGER_LEFT", moved.get(0).get("reason").asText());
        assertEquals("SUCCESSOR", moved.get(0).get("rule").asText());
        assertEquals("admin", moved.get(0).get("decidedBy").asText());
        assertEquals("dp.leaver", moved.get(0).get("previousManager").asText());
        String audit = http.get("audit?actor=admin", staff("dp.auditor", "AUDITOR")).body();
        assertTrue(audit, audit.contains("dp.leaver") && audit.contains("100 customers to dp.succ"));
        // an account holding nothing is disabled without a body, as before
        staff("dp.nothing", "CUSTOMER_MANAGER");
        assertEquals(200, http.postJson("staff/dp.nothing/disable", admin, "").status());
    }

    @Test
    public void byTheRulesEveryCustomerFindsAnEligibleManagerOrTheDisablingIsRefused() {
        staff("ru.leaver", "CUSTOMER_MANAGER");
        staff("ru.taker", "CUSTOMER_MANAGER");
        List<String> ids = ids("RU", 3);
        assertEquals(200, http.post("import/customers", admin, "text/csv", customersCsv(ids, "ru.leaver")).status());
        try {
            // nobody has room (the class's default capacity is 0): refused, nothing moved
            Http.Reply full = http.postJson("staff/ru.leaver/disable", admin, "{\"successor\":\"rules\"}");
            assertEquals(full.toString(), 409, full.status());
            assertEquals("successor", full.json().get("field").asText());
            assertTrue(active("ru.leaver"));
            assertEquals(1, history("RU001").size());

            profile("ru.taker", "MANAGER", 3);
            Http.Reply disabled = http.postJson("staff/ru.leaver/disable", admin, "{\"successor\":\"rules\"}");
            assertEquals(disabled.toString(), 200, disabled.status());
            assertTrue(disabled.body(), disabled.json().get("moved").get(0).asText().startsWith("3 customers by the allocation rules"));
            for (String id : ids) {
                JsonNode h = history(id);
                assertEquals("ru.taker", h.get(0).get("manager").asText());
                assertEquals("MANAGER_LEFT", h.get(0).get("reason").asText());
                assertEquals("LEAST_LOADED", h.get(0).get("rule").asText());
            }
            JsonNode run = http.get("allocation/runs?limit=1", head).json().get(0);
            assertEquals("MANAGER_LEFT", run.get("trigger").asText());
            assertEquals(3, run.get("allocated").asInt());
            assertEquals(3, run.get("byManager").get("ru.taker").asInt());
        } finally {
            profile("ru.taker", "MANAGER", 0);
        }
    }

    @Test
    public void allocationAfterSegmentationByLevelCapacityAndTheLeadFollower() {
        staff("al.senior", "CUSTOMER_MANAGER");
        staff("al.mgr", "CUSTOMER_MANAGER");
        String follower = staff("al.follow", "CUSTOMER_MANAGER");
        String teller = staff("al.teller", "TELLER");
        // average daily assets over 2026-Q3: AL01 and AL07 private, AL02 high, the others mid
        String[][] assets = { { "AL01", "12000000.00" }, { "AL07", "10500000.00" }, { "AL02", "2000000.00" }, { "AL03", "500000.00" },
                { "AL04", "400000.00" }, { "AL05", "300000.00" }, { "AL06", "250000.00" } };
        List<String> ids = new ArrayList<>();
        StringBuilder balances = new StringBuilder("customer_id,date,balance\n");
        for (String[] a : assets) {
            ids.add(a[0]);
            for (java.time.LocalDate d = java.time.LocalDate.of(2026, 7, 1); !d.isAfter(java.time.LocalDate.of(2026, 9, 30)); d = d.plusDays(1)) {
                balances.append(a[0]).append(',').append(d).append(',').append(a[1]).append('\n');
            }
        }
        assertEquals(200, http.post("import/customers", admin, "text/csv", customersCsv(ids, null)).status());
        assertEquals(200, http.post("import/balances", admin, "text/csv", balances.toString()).status());
        // al.follow followed up AL03's lead: the lobby's LEAD_FOLLOWER hint names them
        Http.Reply lead = http.postJson("lobby/leads", teller, "{\"customerId\":\"AL03\",\"source\":\"NON_CASH_COUNTER\"}");
        assertEquals(lead.toString(), 201, lead.status());
        assertEquals(200, http.postJson("lobby/leads/" + lead.json().get("id").asLong() + "/follow-up", follower, "").status());
        try {
            profile("al.senior", "SENIOR", 1);
            profile("al.mgr", "MANAGER", 2);
            profile("al.follow", "MANAGER", 2);
            Http.Reply run = http.postJson("segmentation/runs", admin, "{\"quarter\":\"2026-Q3\"}");
            assertEquals(run.toString(), 201, run.status());

            JsonNode allocation = http.get("allocation/runs?limit=1", head).json().get(0);
            assertEquals("SEGMENTATION", allocation.get("trigger").asText());
            assertEquals("admin", allocation.get("startedBy").asText());
            assertEquals(5, allocation.get("allocated").asInt());
            assertEquals(1, allocation.get("byRule").get("LEAD_FOLLOWER").asInt());
            assertEquals(4, allocation.get("byRule").get("LEAST_LOADED").asInt());
            // the largest first: AL01 (private) to the only senior; AL07 (private) finds no senior with room and stays unassigned
            assertEquals("al.senior", manager("AL01"));
            assertEquals(null, manager("AL07"));
            // AL02: a tie of empty books, by username; AL03: the lead follower, who still has room
            assertEquals("al.follow", manager("AL02"));
            assertEquals("al.follow", manager("AL03"));
            assertEquals("LEAD_FOLLOWER", history("AL03").get(0).get("rule").asText());
            assertEquals("al.mgr", manager("AL04"));
            assertEquals("al.mgr", manager("AL05"));
            assertEquals("capacity: everyone with the level is full", null, manager("AL06"));
            JsonNode made = http.get("allocation/runs/" + allocation.get("id").asLong() + "/assignments?offset=0&limit=10", head).json();
            assertEquals(5, made.size());
            assertEquals("AL01", made.get(0).get("customerId").asText());
            assertEquals(allocation.get("id").asLong(), made.get(0).get("allocationRun").asLong());
            assertEquals("ALLOCATION", made.get(0).get("reason").asText());

            String unassigned = http.get("allocation/unassigned?limit=1000", head).body();
            assertTrue(unassigned, unassigned.contains("\"AL07\"") && unassigned.contains("\"AL06\""));
            assertTrue(unassigned.indexOf("\"AL07\"") < unassigned.indexOf("\"AL06\"")); // the largest assets first
            assertFalse(unassigned, unassigned.contains("\"AL01\""));
            assertEquals(403, http.get("allocation/unassigned", follower).status());
            assertEquals(400, http.get("allocation/unassigned?limit=0", head).status());

            // the centre head gives the senior room and runs the rules by hand
            profile("al.senior", "SENIOR", 2);
            Http.Reply byHand = http.postJson("allocation/runs", head, "");
            assertEquals(byHand.toString(), 201, byHand.status());
            assertEquals("BY_HAND", byHand.json().get("trigger").asText());
            assertEquals(1, byHand.json().get("allocated").asInt());
            assertEquals("al.senior", manager("AL07"));
            assertEquals(403, http.postJson("allocation/runs", follower, "").status());
        } finally {
            profile("al.senior", "SENIOR", 0);
            profile("al.mgr", "MANAGER", 0);
            profile("al.follow", "MANAGER", 0);
        }
    }

    private String manager(String customer) {
        JsonNode m = http.get("customers/" + customer, head).json().get("manager");
        return m == null || m.isNull() ? null : m.asText();
    }

    /** A database from before assignments were kept: a customer's manager without an assignment gets one when the service starts. */
    @Test
    public void aManagerGivenBeforeAssignmentsWereKeptGetsTheirAssignment() throws Exception {
        staff("up.mgr", "CUSTOMER_MANAGER");
        customer("AU001");
        try (java.sql.Connection db = database();
                java.sql.Statement s = db.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE BD_CUSTOMER SET MANAGER = 'up.mgr' WHERE ID = 'AU001'"));
            // the database itself refuses a second open assignment of a customer, whoever writes it
            assertEquals(1, s.executeUpdate("INSERT INTO BD_ASSIGNMENT (CUSTOMER_ID, MANAGER, FROM_MILLIS, REASON, RULE_NAME, DECIDED_BY, "
                    + "OPEN_CUSTOMER) VALUES ('AU002', 'up.mgr', 1, 'ALLOCATION', 'BY_HAND', 'test', 'AU002')"));
            try {
                s.executeUpdate("INSERT INTO BD_ASSIGNMENT (CUSTOMER_ID, MANAGER, FROM_MILLIS, REASON, RULE_NAME, DECIDED_BY, OPEN_CUSTOMER) "
                        + "VALUES ('AU002', 'up.mgr', 2, 'ALLOCATION', 'BY_HAND', 'test', 'AU002')");
                throw new AssertionError("a second open assignment was accepted");
            } catch (java.sql.SQLException expected) {
                assertEquals("23505", expected.getSQLState());
            }
            assertEquals(1, s.executeUpdate("DELETE FROM BD_ASSIGNMENT WHERE CUSTOMER_ID = 'AU002'"));
        }
        assertEquals(204, http.get("customers/AU001/assignment", head).status());
        allocationConfig("defaultCapacity", 1); // a new configuration starts the service anew
        try {
            JsonNode adopted = http.get("customers/AU001/assignment", head).json();
            assertEquals("up.mgr", adopted.get("manager").asText());
            assertEquals("(upgrade)", adopted.get("decidedBy").asText());
        } finally {
            allocationConfig("defaultCapacity", 0);
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
