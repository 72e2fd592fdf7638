package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.branchdesk.customer.api.Acquisition;
import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.HoldingDates;
import org.branchdesk.customer.api.Interaction;
import org.branchdesk.customer.api.InteractionInput;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.customer.api.Maturity;
import org.branchdesk.customer.api.ProductCategory;
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
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.jdbc.DataSourceFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The interaction log (recorded through REST and read back newest first, its rules, roles and
 * audit, the view's "Recent contacts", the event after the commit) and the holding dates
 * (maturity dates from the holdings file, acquisitions of later imports, a customer manager's
 * own book), through the real framework and database.
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

    /** The holdings file's maturity_date is stored, replaced by a later file's row, and read by maturing(). */
    @Test
    public void maturitiesComeFromTheHoldingsFileWithinTheCallersBook() {
        LocalDate soon = LocalDate.now().plusDays(10);
        LocalDate later = LocalDate.now().plusDays(40);
        assertEquals(200, http.post("import/holdings", admin, "text/csv", "customer_id,category,amount,maturity_date\n"
                + "T001,DEPOSIT,2000000.00," + soon + "\nT003,FUND,200000.00," + later + "\nT003,DEPOSIT,300000.00,\n").status());
        List<Maturity> all = dates().maturing(LocalDate.now(), LocalDate.now().plusDays(60), null, HEAD);
        assertEquals(List.of(new Maturity("T001", ProductCategory.DEPOSIT, new BigDecimal("2000000.00"), soon),
                new Maturity("T003", ProductCategory.FUND, new BigDecimal("200000.00"), later)), all);
        assertEquals(1, dates().maturing(LocalDate.now(), LocalDate.now().plusDays(20), null, HEAD).size());

        // cm1 manages T003 only: whatever they ask, they get their own customers'
        assertEquals(List.of("T003"), dates().maturing(LocalDate.now(), LocalDate.now().plusDays(60), null, CM1).stream()
                .map(Maturity::customerId).toList());
        assertEquals(1, dates().maturing(LocalDate.now(), LocalDate.now().plusDays(60), "cm1", CM1).size());
        assertThrows(ForbiddenException.class, () -> dates().maturing(LocalDate.now(), LocalDate.now().plusDays(60), "cm2", CM1));
        assertEquals("the centre head asks for one manager's book", List.of("T003"),
                dates().maturing(LocalDate.now(), LocalDate.now().plusDays(60), "cm1", HEAD).stream().map(Maturity::customerId).toList());
        Caller both = new Caller("cm1", "CM and head", Set.of(Role.CUSTOMER_MANAGER, Role.CENTER_HEAD));
        assertEquals(2, dates().maturing(LocalDate.now(), LocalDate.now().plusDays(60), null, both).size());
        assertEquals("to", assertThrows(InvalidInputException.class,
                () -> dates().maturing(LocalDate.now(), LocalDate.now().minusDays(1), null, HEAD)).field());
        assertEquals("from", assertThrows(InvalidInputException.class, () -> dates().maturing(null, LocalDate.now(), null, HEAD)).field());

        // a later file's row without the date clears it
        assertEquals(200, http.post("import/holdings", admin, "text/csv", SampleData.holdings()).status());
        assertEquals(0, dates().maturing(LocalDate.now(), LocalDate.now().plusDays(60), null, HEAD).size());
    }

    /** The first load records no acquisition; a category a later import adds is acquired on the import's day. */
    @Test
    public void acquisitionsAreWhatALaterImportAdds() {
        LocalDate today = LocalDate.now();
        List<String> all = List.of("T001", "T002", "T003", "T004", "T005", "T006", "T007");
        List<Acquisition> before = dates().acquisitions(all, today.minusDays(365), today, HEAD);
        assertTrue("the first load's holdings were not acquired: " + before,
                before.stream().noneMatch(a -> a.customerId().equals("T001") && a.category() == ProductCategory.TRUST));

        assertEquals(200, http.post("import/holdings", admin, "text/csv", "customer_id,category,amount\n"
                + "T001,TRUST,10000000.00\nT001,INSURANCE,5000.00\nT003,PRECIOUS_METAL,1000.00\nT003,DEPOSIT,300000.00\n").status());
        List<Acquisition> after = dates().acquisitions(all, today, today, HEAD);
        assertTrue(after.toString(), after.contains(new Acquisition("T001", ProductCategory.INSURANCE, today)));
        assertTrue(after.toString(), after.contains(new Acquisition("T003", ProductCategory.PRECIOUS_METAL, today)));
        assertFalse("a replaced amount is no acquisition", after.stream().anyMatch(a -> a.category() == ProductCategory.TRUST
                || a.category() == ProductCategory.DEPOSIT));
        assertEquals("another period", List.of(), dates().acquisitions(all, today.minusDays(10), today.minusDays(1), HEAD));
        assertEquals("cm1 sees their own customers' only", List.of(new Acquisition("T003", ProductCategory.PRECIOUS_METAL, today)),
                dates().acquisitions(all, today, today, CM1));
        // imported again, the same categories are held already: still acquired on the day first seen
        assertEquals(200, http.post("import/holdings", admin, "text/csv", "customer_id,category,amount\nT001,INSURANCE,6000.00\n").status());
        assertTrue(dates().acquisitions(List.of("T001"), today, today, HEAD).contains(new Acquisition("T001", ProductCategory.INSURANCE, today)));
    }

    /**
     * A database made before the holding dates existed: its BD_HOLDING lacks both columns until
     * the customer unit starts on it, which adds them; the old rows read with no dates.
     */
    @Test
    public void anUpgradedDatabaseGetsTheNewColumnsAndItsOldRowsReadWithoutDates() throws Exception {
        Bundle customer = installed("org.branchdesk.customer.impl");
        customer.stop();
        try {
            DataSourceFactory derby = context.getService(context.getServiceReference(DataSourceFactory.class));
            try (Connection db = derby.createDriver(null).connect("jdbc:derby:" + data().resolve("derby"), new Properties());
                    Statement s = db.createStatement()) {
                s.execute("ALTER TABLE BD_HOLDING DROP COLUMN MATURITY_DATE");
                s.execute("ALTER TABLE BD_HOLDING DROP COLUMN FIRST_SEEN");
            }
        } finally {
            customer.start();
        }
        http.awaitHealthy(Duration.ofSeconds(60));
        String head = staff("il.head2", "CENTER_HEAD");
        Http.Reply holdings = awaitOk(() -> http.get("customers/T003/holdings", head));
        assertTrue(holdings.toString(), holdings.body().contains("{\"category\":\"FUND\",\"amount\":200000.00}"));
        HoldingDates dates = awaitService(HoldingDates.class);
        assertEquals(List.of(), dates.maturing(LocalDate.now(), LocalDate.now().plusDays(300), null, HEAD));
        assertEquals(List.of(), dates.acquisitions(List.of("T001", "T003"), LocalDate.now().minusDays(300), LocalDate.now(), HEAD));
        LocalDate maturity = LocalDate.now().plusDays(5);
        String csv = "customer_id,category,amount,maturity_date\nT003,FUND,1.00," + maturity + "\n";
        String admin = admin();
        assertEquals(200, awaitOk(() -> http.post("import/holdings", admin, "text/csv", csv)).status());
        // the rest of the class talks to the restarted bundle's resources
        assertEquals(200, awaitOk(() -> http.get("customers/T003/interactions", head)).status());
        assertEquals(maturity, dates.maturing(LocalDate.now(), maturity, null, HEAD).get(0).maturityDate());
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

    private Http.Reply awaitOk(Supplier<Http.Reply> call) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Http.Reply last = call.get();
        while (last.status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            last = call.get();
        }
        return last;
    }

    private <T> T awaitService(Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            org.osgi.framework.ServiceReference<T> ref = context.getServiceReference(type);
            if (ref != null) {
                return context.getService(ref);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + type.getSimpleName());
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
