package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.HoldingDates;
import org.branchdesk.customer.api.Interaction;
import org.branchdesk.customer.api.InteractionInput;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The interaction log, through the real framework and database: recorded through REST and the
 * service, read back newest first, its input rules, roles and audit, the view's "Recent
 * contacts", the event after the commit. The holding dates are in HoldingDatesTest.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InteractionLogTest extends BranchdeskTestSupport {

    private static final Caller HEAD = new Caller("il.head", "Head", Set.of(Role.CENTER_HEAD));
    private static final Caller CM1 = new Caller("cm1", "CM", Set.of(Role.CUSTOMER_MANAGER));

    private String admin;

    @Before
    public void importAndSegment() {
        admin = admin();
        importSampleBranch();
    }

    @Test
    public void aContactIsRecordedAndReadBackNewestFirst() {
        String cm = http.login("cm1", passwordOf("cm1"));
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        Http.Reply earlier = http.postJson("customers/T003/interactions", cm, "{\"channel\":\"PHONE\",\"at\":\"" + twoDaysAgo
                + "\",\"purpose\":\"product maturity\",\"outcome\":\"will come in on Friday\",\"note\":\"prefers mornings\\nnot Mondays\"}");
        assertEquals(earlier.toString(), 201, earlier.status());
        JsonNode recorded = earlier.json();
        assertEquals("cm1", recorded.get("staff").asText());
        assertEquals("customer", recorded.get("module").asText());
        assertEquals("PHONE", recorded.get("channel").asText());
        assertEquals(twoDaysAgo.toEpochMilli(), Instant.parse(recorded.get("at").asText()).toEpochMilli());
        Http.Reply now = http.postJson("customers/T003/interactions", cm, "{\"channel\":\"BRANCH_VISIT\",\"purpose\":\"birthday care\"}");
        assertEquals(now.toString(), 201, now.status());

        JsonNode list = http.get("customers/T003/interactions", cm).json();
        assertEquals(list.toString(), 2, list.size());
        assertEquals("newest first", "BRANCH_VISIT", list.get(0).get("channel").asText());
        assertTrue("without `at` it happened when it was recorded", list.get(0).get("outcome").isNull());
        assertEquals("PHONE", list.get(1).get("channel").asText());
        assertEquals("prefers mornings\nnot Mondays", list.get(1).get("note").asText());
        assertEquals("will come in on Friday", list.get(1).get("outcome").asText());
        assertEquals(1, http.get("customers/T003/interactions?limit=1", cm).json().size());
        assertEquals("limit", http.get("customers/T003/interactions?limit=0", cm).json().get("field").asText());
    }

    @Test
    public void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        String teller = staff("il.teller1", "TELLER");
        String path = "customers/T006/interactions";
        assertRefused("at", http.postJson(path, teller, "{\"channel\":\"PHONE\",\"purpose\":\"x\",\"at\":\""
                + Instant.now().plus(Duration.ofHours(1)) + "\"}"));
        assertRefused("at", http.postJson(path, teller, "{\"channel\":\"PHONE\",\"purpose\":\"x\",\"at\":\""
                + Instant.now().minus(Duration.ofDays(32)) + "\"}"));
        assertRefused("channel", http.postJson(path, teller, "{\"purpose\":\"x\"}"));
        assertRefused("channel", http.postJson(path, teller, "{\"channel\":\"FAX\",\"purpose\":\"x\"}"));
        assertRefused("purpose", http.postJson(path, teller, "{\"channel\":\"SMS\",\"purpose\":\"  \"}"));
        assertRefused("purpose", http.postJson(path, teller, "{\"channel\":\"SMS\",\"purpose\":\"" + "p".repeat(101) + "\"}"));
        assertRefused("outcome", http.postJson(path, teller, "{\"channel\":\"SMS\",\"purpose\":\"x\",\"outcome\":\"" + "o".repeat(201) + "\"}"));
        assertRefused("note", http.postJson(path, teller, "{\"channel\":\"SMS\",\"purpose\":\"x\",\"note\":\"" + "n".repeat(1001) + "\"}"));
        assertRefused("body", http.post(path, teller, "application/json", ""));
        assertEquals("nothing was written", 0, http.get(path, teller).json().size());
        // 31 days back is still accepted, as is the longest note
        assertEquals(201, http.postJson(path, teller, "{\"channel\":\"SMS\",\"purpose\":\"x\",\"note\":\"" + "n".repeat(1000) + "\",\"at\":\""
                + Instant.now().minus(Duration.ofDays(31)).plus(Duration.ofMinutes(5)) + "\"}").status());
        assertEquals(1, http.get(path, teller).json().size());
        // through the service: a module that names itself wrongly
        InvalidInputException module = assertThrows(InvalidInputException.class,
                () -> log().record("T006", new InteractionInput(Channel.EMAIL, null, "x", null, null), "Not A Module", HEAD));
        assertEquals("module", module.field());
    }

    @Test
    public void anUnknownCustomerIs404() {
        String teller = staff("il.teller2", "TELLER");
        assertEquals(404, http.postJson("customers/NOPE/interactions", teller, "{\"channel\":\"PHONE\",\"purpose\":\"x\"}").status());
        assertEquals(404, http.get("customers/NOPE/interactions", teller).status());
        assertThrows(NotFoundException.class, () -> log().of("NOPE", 5, HEAD));
    }

    @Test
    public void staffWhoMayNotReadCustomersMayNotReadOrRecordContacts() {
        for (String role : List.of("ADMIN", "AUDITOR")) {
            String token = staff("il." + role.toLowerCase(), role);
            assertEquals(role, 403, http.postJson("customers/T003/interactions", token, "{\"channel\":\"PHONE\",\"purpose\":\"x\"}").status());
            assertEquals(role, 403, http.get("customers/T003/interactions", token).status());
            Caller caller = new Caller("il.x", "X", Set.of(Role.valueOf(role)));
            refused(() -> log().record("T003", new InteractionInput(Channel.PHONE, null, "x", null, null), "customer", caller));
            refused(() -> log().of("T003", 5, caller));
            refused(() -> log().latest(List.of("T003"), caller));
            refused(() -> log().countSince("T003", Instant.now().minusSeconds(60), caller));
            refused(() -> dates().maturing(LocalDate.now(), LocalDate.now(), null, caller));
            refused(() -> dates().acquisitions(List.of("T003"), LocalDate.now(), LocalDate.now(), caller));
        }
    }

    @Test
    public void everyReadIsAuditedAgainstTheCustomer() {
        String lobby = staff("il.lobby1", "LOBBY_MANAGER");
        assertEquals(201, http.postJson("customers/T004/interactions", lobby, "{\"channel\":\"BRANCH_VISIT\",\"purpose\":\"x\"}").status());
        assertEquals(200, http.get("customers/T004/interactions", lobby).status());
        log().latest(List.of("T004", "NOPE"), new Caller("il.planner", "Planner", Set.of(Role.CENTER_HEAD)));
        String auditor = staff("il.auditor1", "AUDITOR");
        String reads = http.get("audit?actor=il.lobby1&customer=T004", auditor).json().toString();
        assertTrue(reads, reads.contains("\"INTERACTIONS\""));
        assertTrue(reads, reads.contains("\"RECORD_INTERACTION\""));
        assertTrue(http.get("audit?actor=il.planner&customer=T004", auditor).json().toString().contains("\"INTERACTIONS\""));
        assertEquals("NOPE has no contact: nothing of it was read", 0, http.get("audit?actor=il.planner&customer=NOPE", auditor).json().size());
    }

    @Test
    public void theViewShowsTheFiveLatestContacts() {
        String head = staff("il.head1", "CENTER_HEAD");
        JsonNode none = section(http.get("customers/T002/view", head).json());
        assertEquals(none.toString(), 0, none.get("content").size());
        assertEquals("Recent contacts", none.get("title").asText());
        for (int i = 1; i <= 6; i++) {
            Instant at = Instant.now().minus(Duration.ofHours(10 - i));
            assertEquals(201, http.postJson("customers/T002/interactions", head, "{\"channel\":\"CHAT_APP\",\"purpose\":\"contact " + i
                    + "\",\"at\":\"" + at + "\"}").status());
        }
        JsonNode content = section(http.get("customers/T002/view", head).json()).get("content");
        assertEquals(content.toString(), 5, content.size());
        assertEquals("contact 6", content.get(0).get("purpose").asText());
        assertEquals("contact 2", content.get(4).get("purpose").asText());
    }

    @Test
    public void latestAndCountSince() {
        InteractionLog log = log();
        Instant now = Instant.now();
        log.record("T007", new InteractionInput(Channel.EMAIL, now.minus(Duration.ofDays(10)), "a", null, null), "relationship", HEAD);
        log.record("T007", new InteractionInput(Channel.SMS, now.minus(Duration.ofDays(3)), "b", null, null), "relationship", HEAD);
        Interaction latest = log.record("T007", new InteractionInput(Channel.HOME_VISIT, now.minus(Duration.ofDays(1)), "c", null, null),
                "relationship", CM1);
        log.record("T005", new InteractionInput(Channel.EVENT, now.minus(Duration.ofDays(2)), "d", null, null), "lobby", HEAD);
        // recorded later but happened earlier: not the latest
        log.record("T005", new InteractionInput(Channel.EVENT, now.minus(Duration.ofDays(20)), "e", null, null), "lobby", HEAD);

        Map<String, Interaction> map = log.latest(List.of("T007", "T005", "T006", "NOPE"), HEAD);
        assertEquals(map.toString(), Set.of("T007", "T005"), map.keySet());
        assertEquals(latest, map.get("T007"));
        assertEquals("cm1", map.get("T007").staff());
        assertEquals("relationship", map.get("T007").module());
        assertEquals("d", map.get("T005").purpose());
        // a manager's book of a few hundred: queried a hundred at a time, T007 in the third hundred
        List<String> book = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 250).mapToObj(i -> "X" + i).toList());
        book.add(1, "T005");
        book.add("T007");
        assertEquals(Set.of("T005", "T007"), log.latest(book, HEAD).keySet());

        assertEquals(3, log.countSince("T007", now.minus(Duration.ofDays(30)), CM1));
        assertEquals(2, log.countSince("T007", now.minus(Duration.ofDays(5)), CM1));
        assertEquals(0, log.countSince("T007", now, CM1));
        assertEquals(0, log.countSince("NOPE", now.minus(Duration.ofDays(30)), CM1));
    }

    @Test
    public void aRecordedContactIsPostedAsAnEvent() throws Exception {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "org/branchdesk/customer/INTERACTION_RECORDED");
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, events::add, props);
        try {
            Instant at = Instant.now().minus(Duration.ofMinutes(30));
            log().record("T001", new InteractionInput(Channel.PHONE, at, "x", null, null), "relationship", CM1);
            Event event = events.poll(30, TimeUnit.SECONDS);
            assertTrue("no event", event != null);
            assertEquals("T001", event.getProperty("customerId"));
            assertEquals("cm1", event.getProperty("staff"));
            assertEquals("PHONE", event.getProperty("channel"));
            assertEquals(at.toEpochMilli(), event.getProperty("at"));
            assertEquals("relationship", event.getProperty("module"));
        } finally {
            handler.unregister();
        }
    }

    private JsonNode section(JsonNode view) {
        for (JsonNode section : view.get("sections")) {
            if ("interactions".equals(section.get("id").asText())) {
                return section;
            }
        }
        fail("no interactions section in " + view.get("sections"));
        return null;
    }

    private InteractionLog log() {
        return context.getService(context.getServiceReference(InteractionLog.class));
    }

    private HoldingDates dates() {
        return context.getService(context.getServiceReference(HoldingDates.class));
    }

    private static void assertRefused(String field, Http.Reply reply) {
        assertEquals(reply.toString(), 400, reply.status());
        assertEquals(reply.toString(), field, reply.json().get("field").asText());
    }

    private static void refused(Supplier<?> call) {
        assertThrows(ForbiddenException.class, call::get);
    }

    /** JUnit's own needs a class the framework's JUnit bundle lacks. */
    private static <E extends Throwable> E assertThrows(Class<E> type, Runnable call) {
        try {
            call.run();
        } catch (Throwable e) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            throw new AssertionError("expected " + type.getSimpleName() + ", got " + e, e);
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

}
