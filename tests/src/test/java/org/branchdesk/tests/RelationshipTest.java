package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.AssignmentRequest;
import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.Interaction;
import org.branchdesk.customer.api.InteractionInput;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Relationship maintenance through the real framework (wealth-centre tier): handovers opened by
 * the change of manager's event and by the catch-up, completed by the new manager's three steps,
 * escalated once when overdue; contact plans in the inbox and the book; the centre head's loads;
 * the view section; the module stopped.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RelationshipTest extends BranchdeskTestSupport {

    private static final Caller HEAD = new Caller("head1", "head1", Set.of(Role.CENTER_HEAD));
    /** The overdue handovers the test saw raised on Event Admin, per handover id. */
    private static final Map<Long, AtomicInteger> RAISED = new ConcurrentHashMap<>();
    private static boolean prepared;

    private String head;
    private String cm1;
    private String cm2;
    private String cm3;
    private String teller;

    @Before
    public void branch() throws Exception {
        if (!prepared) {
            importSampleBranch();
            staff("cm2", "CUSTOMER_MANAGER");
            staff("cm3", "CUSTOMER_MANAGER");
            // the scheduled check every second, and MID customers due a contact every 10 days
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("checkSeconds", 1L);
            props.put("contactDays", new String[] { "PRIVATE=14", "HIGH=30", "MID=10", "MASS_AFFLUENT=90" });
            relationshipConfig().update(props);
            Dictionary<String, Object> topic = new Hashtable<>();
            topic.put(EventConstants.EVENT_TOPIC, "org/branchdesk/relationship/HANDOVER_OVERDUE");
            context.registerService(EventHandler.class, e -> RAISED.computeIfAbsent(((Number) e.getProperty("handoverId")).longValue(),
                    k -> new AtomicInteger()).incrementAndGet(), topic);
            prepared = true;
        }
        String h = staff("head1", "CENTER_HEAD");
        await(() -> http.get("relationship/managers/cm1/book", h).body(), b -> b.contains("\"contactIntervalDays\":10"));
        head = staff("head1", "CENTER_HEAD");
        cm1 = http.login("cm1", passwordOf("cm1"));
        cm2 = http.login("cm2", passwordOf("cm2"));
        cm3 = http.login("cm3", passwordOf("cm3"));
        teller = staff("teller1", "TELLER");
        awaitOk("relationship/managers/cm1/inbox", cm1);
    }

    private Configuration relationshipConfig() throws Exception {
        return service(ConfigurationAdmin.class).getConfiguration("org.branchdesk.relationship", "?");
    }

    @Test
    public void aReassignmentOpensOneHandoverAndTheThreeStepsCompleteIt() throws Exception {
        Assignment first = assign("T001", "cm1");
        assertEquals("a first manager has nothing to hand over", 0, handoversOf("T001", head).size());
        assertEquals(null, first.previousManager());
        Assignment change = assign("T001", "cm2");
        JsonNode h = await(() -> handoversOf("T001", cm2), l -> l.size() == 1).get(0);
        assertEquals("cm1", h.get("predecessor").asText());
        assertEquals("cm2", h.get("successor").asText());
        assertEquals(change.id(), h.get("assignmentId").asLong());
        assertEquals("OPEN", h.get("status").asText());
        assertEquals(Instant.parse(h.get("openedAt").asText()).plus(Duration.ofDays(30)), Instant.parse(h.get("deadline").asText()));
        assertEquals("[\"oral-notice\",\"written-notice\",\"first-contact\"]", h.get("missing").toString());
        long id = h.get("id").asLong();

        // the same change again, as another runtime's event or the catch-up would bring it: still one handover
        service(EventAdmin.class).sendEvent(new Event(AssignmentService.ASSIGNED_TOPIC, Map.of("customerId", "T001", "manager", "cm2",
                "previousManager", "cm1", "assignmentId", change.id(), "reason", "HANDOVER", "at", change.from().toEpochMilli())));
        assertEquals(1, handoversOf("T001", head).size());
        assertTrue(first.id() < change.id());

        // the new manager's inbox has it; the predecessor reads it, another manager may not
        assertTrue(inbox("cm2", cm2).toString().contains("\"ref\":\"handover/" + id + "\""));
        assertEquals(200, http.get("relationship/handovers/" + id, cm1).status());
        assertEquals(403, http.get("relationship/handovers/" + id, cm3).status());
        assertEquals(403, http.get("relationship/handovers?manager=cm2", cm3).status());
        assertEquals(403, http.postJson("relationship/handovers/" + id + "/oral-notice", cm1, "{\"how\":\"PHONE\"}").status());
        assertEquals(404, http.get("relationship/handovers/999999", head).status());

        // bad input names the field and writes nothing
        assertField(http.postJson("relationship/handovers/" + id + "/oral-notice", cm2, "{\"how\":\"SMS\"}"), "how");
        assertField(http.postJson("relationship/handovers/" + id + "/oral-notice", cm2, "{\"how\":\"PHONE\",\"at\":\"yesterday\"}"), "at");
        assertField(http.postJson("relationship/handovers/" + id + "/oral-notice", cm2,
                "{\"how\":\"PHONE\",\"at\":\"" + Instant.now().plus(Duration.ofHours(1)) + "\"}"), "at");
        assertField(http.postJson("relationship/handovers/" + id + "/first-contact", cm2, "{\"channel\":\"EMAIL\"}"), "channel");
        assertField(http.postJson("relationship/handovers/" + id + "/written-notice", cm2, "{\"how\":\"PIGEON\"}"), "how");
        JsonNode untouched = http.get("relationship/handovers/" + id, cm2).json();
        assertTrue(untouched.get("oralNotice").isNull());
        assertEquals(3, untouched.get("missing").size());

        JsonNode oral = step(id, "oral-notice", "{\"how\":\"PHONE\",\"note\":\"told the customer I take over from cm1\"}", 200);
        assertEquals("PHONE", oral.get("oralNotice").get("how").asText());
        assertEquals("OPEN", oral.get("status").asText());
        assertEquals("step", step(id, "oral-notice", "{\"how\":\"BRANCH_VISIT\"}", 409).get("field").asText());
        step(id, "written-notice", "{\"how\":\"SMS\",\"note\":\"name, phone and office hours\"}", 200);
        JsonNode done = step(id, "first-contact", "{\"channel\":\"BRANCH_VISIT\",\"note\":\"first review of the portfolio\"}", 200);
        assertEquals("COMPLETE", done.get("status").asText());
        assertFalse(done.get("completedAt").isNull());
        assertEquals(0, done.get("missing").size());
        step(id, "first-contact", "{\"channel\":\"PHONE\"}", 409);
        assertFalse("a complete handover is no task", inbox("cm2", cm2).toString().contains("\"ref\":\"handover/" + id + "\""));
        String complete = http.get("relationship/handovers?manager=cm2&status=COMPLETE", cm2).body();
        assertTrue(complete, complete.contains("\"id\":" + id + ","));

        // each step is in the customer's interaction log, as the new manager's, module relationship
        List<Interaction> log = service(InteractionLog.class).of("T001", 10, HEAD);
        assertEquals(log.toString(), 3, log.stream().filter(i -> "relationship".equals(i.module()) && "cm2".equals(i.staff())).count());
    }

    @Test
    public void aChangeMissedWhileTheModuleWasStoppedIsCaughtUpAndASecondChangeSupersedesTheFirst() throws Exception {
        assign("T002", "cm1");
        Bundle module = installed("org.branchdesk.relationship.impl");
        module.stop();
        Assignment missed;
        try {
            missed = assign("T002", "cm3");
        } finally {
            module.start();
        }
        http.awaitHealthy(Duration.ofSeconds(30));
        awaitOk("relationship/handovers", head);
        JsonNode caught = await(() -> handoversOf("T002", head), l -> l.size() == 1).get(0);
        assertEquals(missed.id(), caught.get("assignmentId").asLong());
        assertEquals("cm3", caught.get("successor").asText());
        assertEquals(missed.from(), Instant.parse(caught.get("openedAt").asText()));

        assign("T002", "cm2");
        // awaited on the one row: the new handover and the old one's close commit together, but a
        // list read on Derby (read committed, row locks) may pass the old row before that commit
        // and the new one after it, and show both open for that moment
        long caughtId = caught.get("id").asLong();
        await(() -> http.get("relationship/handovers/" + caughtId, head).json().get("status").asText(), "SUPERSEDED"::equals);
        List<JsonNode> both = handoversOf("T002", head);
        assertEquals(both.toString(), 2, both.size());
        JsonNode superseded = both.stream().filter(n -> n.get("id").asLong() == caughtId).findFirst().orElseThrow();
        assertEquals("SUPERSEDED", superseded.get("status").asText());
        assertEquals("OPEN", both.stream().filter(n -> n.get("successor").asText().equals("cm2")).findFirst().orElseThrow()
                .get("status").asText());
        assertEquals(409, step(caught.get("id").asLong(), "oral-notice", "{\"how\":\"PHONE\"}", 409, cm3).status());
    }

    @Test
    public void anOverdueHandoverIsRaisedToTheCentreHeadOnce() throws Exception {
        assign("T007", "cm1");
        assign("T007", "cm3");
        JsonNode open = await(() -> handoversOf("T007", head), l -> l.size() == 1).get(0);
        long id = open.get("id").asLong();
        assertTrue(open.get("escalatedAt").isNull());
        MovableClock clock = new MovableClock();
        Dictionary<String, Object> clockProps = new Hashtable<>();
        clockProps.put("branchdesk.clock", "true");
        ServiceRegistration<Clock> registration = context.registerService(Clock.class, clock, clockProps);
        try {
            clock.advance(Duration.ofDays(31));
            JsonNode raised = await(() -> List.of(http.get("relationship/handovers/" + id, head).json()),
                    l -> !l.get(0).get("escalatedAt").isNull()).get(0);
            assertTrue(raised.get("overdue").asBoolean());
            String escalatedAt = raised.get("escalatedAt").asText();
            String overdue = http.get("relationship/handovers?status=OVERDUE", head).body();
            assertTrue(overdue, overdue.contains("\"id\":" + id + ","));
            assertTrue("in the centre head's own inbox", inbox("head1", head).toString().contains("\"ref\":\"handover/" + id + "\""));

            // a later overdue handover raised by a later check: the first one was not raised again
            assign("T007", "cm2");
            long later = await(() -> handoversOf("T007", head), l -> l.size() == 2).stream().mapToLong(n -> n.get("id").asLong()).max()
                    .orElseThrow();
            clock.advance(Duration.ofDays(31));
            await(() -> List.of(http.get("relationship/handovers/" + later, head).json()), l -> !l.get(0).get("escalatedAt").isNull());
            await(() -> RAISED.containsKey(later), Boolean::booleanValue); // Event Admin delivers in order: the first one's is in
            assertEquals(1, RAISED.get(id).get());
            assertEquals(1, RAISED.get(later).get());
            JsonNode first = http.get("relationship/handovers/" + id, head).json();
            assertEquals("superseded before it was done", "SUPERSEDED", first.get("status").asText());
            assertEquals(escalatedAt, first.get("escalatedAt").asText());
        } finally {
            registration.unregister();
        }
    }

    @Test
    public void contactPlansFillTheInboxAndTheBookAndTheLoads() throws Exception {
        // T003 (MID) has cm1 from the customers file: due 10 days after they got their manager
        JsonNode planned = taskOf(inbox("cm1", cm1), "T003", "CONTACT_DUE");
        assertNotNull(inbox("cm1", cm1).toString(), planned);
        Instant since = service(AssignmentService.class).current("T003", HEAD).orElseThrow().from();
        assertEquals(LocalDate.ofInstant(since, ZoneId.systemDefault()).plusDays(10).toString(), planned.get("due").asText());
        assertFalse(planned.get("overdue").asBoolean());

        // a contact 20 days ago: the next was due 10 days ago, overdue, first in the inbox
        Instant twentyDaysAgo = Instant.now().minus(Duration.ofDays(20));
        service(InteractionLog.class).record("T003", new InteractionInput(Channel.PHONE, twentyDaysAgo, "portfolio review", null, null),
                "customer", new Caller("cm1", "cm1", Set.of(Role.CUSTOMER_MANAGER)));
        List<JsonNode> tasks = inbox("cm1", cm1);
        JsonNode due = taskOf(tasks, "T003", "CONTACT_DUE");
        assertTrue(due.get("overdue").asBoolean());
        assertEquals(LocalDate.ofInstant(twentyDaysAgo, ZoneId.systemDefault()).plusDays(10).toString(), due.get("due").asText());
        assertTrue("overdue first", tasks.get(0).get("overdue").asBoolean());

        JsonNode line = null;
        for (JsonNode n : http.get("relationship/managers/cm1/book", cm1).json()) {
            if (n.get("customerId").asText().equals("T003")) {
                line = n;
            }
        }
        assertNotNull(line);
        assertEquals("MID", line.get("segment").asText());
        assertEquals(10, line.get("contactIntervalDays").asInt());
        assertEquals("PHONE", line.get("lastContact").get("channel").asText());
        assertEquals(due.get("due").asText(), line.get("nextDue").asText());
        assertTrue(line.get("contactOverdue").asBoolean());
        assertTrue(line.get("upcoming").toString(), line.get("upcoming").toString().contains("CONTACT_DUE"));

        // another manager's inbox or book is theirs only; the centre head sees every one
        assertEquals(403, http.get("relationship/managers/cm1/inbox", cm2).status());
        assertEquals(403, http.get("relationship/managers/cm1/book", cm2).status());
        assertEquals(403, http.get("relationship/managers/cm1/inbox", teller).status());
        assertEquals(200, http.get("relationship/managers/cm1/book", head).status());
        assertEquals("days", http.get("relationship/managers/cm1/inbox?days=many", cm1).json().get("field").asText());

        Map<String, JsonNode> loads = new HashMap<>();
        http.get("relationship/loads", head).json().forEach(n -> loads.put(n.get("username").asText(), n));
        JsonNode cm1Load = loads.get("cm1");
        assertNotNull(loads.toString(), cm1Load);
        assertTrue(cm1Load.get("customers").asInt() >= 1);
        assertTrue(cm1Load.get("overdueContacts").asInt() >= 1);
        assertTrue(cm1Load.has("openHandovers") && cm1Load.has("premiumCustomers") && cm1Load.has("assets"));
        assertEquals(403, http.get("relationship/loads", cm1).status());
    }

    @Test
    public void theViewSectionIsForTheCustomersManagerAndTheCentreHead() {
        JsonNode mine = section("T003", cm1);
        assertNotNull(mine);
        assertEquals("cm1", mine.get("content").get("manager").asText());
        assertFalse(mine.get("content").get("managerSince").isNull());
        assertEquals(10, mine.get("content").get("contactIntervalDays").asInt());
        // the section's counts say what the book's dates say
        JsonNode line = null;
        for (JsonNode n : http.get("relationship/managers/cm1/book", cm1).json()) {
            if (n.get("customerId").asText().equals("T003")) {
                line = n;
            }
        }
        assertNotNull(line);
        assertEquals(line.get("contactOverdue").asBoolean(), mine.get("content").get("contactOverdue").asBoolean());
        if (line.get("lastContact").isNull()) {
            assertEquals(line.get("nextDue").asText(), mine.get("content").get("nextPlannedContact").asText());
        } else {
            assertEquals(!line.get("contactOverdue").asBoolean(), mine.get("content").get("contactedWithinInterval").asBoolean());
        }
        assertNotNull(section("T003", head));
        assertEquals("not their customer", null, section("T003", cm2));
        assertEquals(null, section("T003", teller));
    }

    @Test
    public void withoutTheModuleCustomersAndTheLobbyKeepWorking() throws Exception {
        Bundle module = installed("org.branchdesk.relationship.impl");
        module.stop();
        try {
            http.awaitHealthy(Duration.ofSeconds(20));
            assertEquals(404, http.get("relationship/managers/cm1/inbox", cm1).status());
            Http.Reply view = http.get("customers/T003/view", head);
            assertEquals(200, view.status());
            assertFalse(view.json().get("sections").toString().contains("\"relationship\""));
            assertEquals(200, http.get("customers/T001", teller).status());
            assertEquals(200, http.get("lobby/record", staff("lobby1", "LOBBY_MANAGER")).status());
        } finally {
            module.start();
        }
        http.awaitHealthy(Duration.ofSeconds(30));
        awaitOk("relationship/managers/cm1/inbox", cm1);
    }

    // ---------------------------------------------------------------------------------------

    /** Gives the customer a manager through the customer module's service, replacing the open assignment. */
    private Assignment assign(String customerId, String manager) throws Exception {
        AssignmentService assignments = service(AssignmentService.class);
        java.util.Optional<Assignment> current = assignments.current(customerId, HEAD);
        if (current.isPresent() && current.get().manager().equals(manager)) {
            return current.get(); // allocation after the segmentation run gave them this manager already
        }
        return assignments.assign(customerId, new AssignmentRequest(manager, null, current.map(Assignment::id).orElse(null)), HEAD);
    }

    private List<JsonNode> handoversOf(String customerId, String token) {
        Http.Reply r = http.get("relationship/handovers", token);
        assertEquals(r.toString(), 200, r.status());
        List<JsonNode> list = new java.util.ArrayList<>();
        r.json().forEach(n -> {
            if (n.get("customerId").asText().equals(customerId)) {
                list.add(n);
            }
        });
        return list;
    }

    private List<JsonNode> inbox(String manager, String token) {
        Http.Reply r = http.get("relationship/managers/" + manager + "/inbox", token);
        assertEquals(r.toString(), 200, r.status());
        List<JsonNode> list = new java.util.ArrayList<>();
        r.json().forEach(list::add);
        return list;
    }

    private static JsonNode taskOf(List<JsonNode> tasks, String customerId, String kind) {
        return tasks.stream().filter(t -> customerId.equals(t.get("customerId").asText()) && kind.equals(t.get("kind").asText())).findFirst()
                .orElse(null);
    }

    private JsonNode section(String customerId, String token) {
        Http.Reply view = http.get("customers/" + customerId + "/view", token);
        if (view.status() == 403) {
            return null; // the customer module keeps the customer from this caller altogether
        }
        assertEquals(view.toString(), 200, view.status());
        for (JsonNode s : view.json().get("sections")) {
            if (s.get("id").asText().equals("relationship")) {
                return s;
            }
        }
        return null;
    }

    private JsonNode step(long id, String path, String body, int status) {
        return step(id, path, body, status, cm2).json();
    }

    private Http.Reply step(long id, String path, String body, int status, String token) {
        Http.Reply r = http.postJson("relationship/handovers/" + id + "/" + path, token, body);
        assertEquals(r.toString(), status, r.status());
        return r;
    }

    private static void assertField(Http.Reply r, String field) {
        assertEquals(r.toString(), 400, r.status());
        assertEquals(r.toString(), field, r.json().get("field").asText());
    }

    /** Waits for a value the module computes in the background (an event, the scheduled check). */
    private static <T> T await(java.util.function.Supplier<T> read, Predicate<T> until) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T value = read.get();
        while (!until.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            value = read.get();
        }
        assertTrue(String.valueOf(value), until.test(value));
        return value;
    }

    private void awaitOk(String path, String token) throws InterruptedException {
        await(() -> http.get(path, token).status(), s -> s == 200);
    }

    private <S> S service(Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        S s = tracker.waitForService(30_000);
        if (s == null) {
            throw new AssertionError("no " + type.getSimpleName());
        }
        return s;
    }
}
