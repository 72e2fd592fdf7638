package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
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
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/** Complaint handling through the real framework. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ComplaintTest extends BranchdeskTestSupport {

    private String head;
    private String lobby;
    private String teller;

    @Before
    public void staffAndCustomers() {
        String admin = admin();
        staff("cm1", "CUSTOMER_MANAGER");
        assertEquals(200, http.post("import/customers", admin, "text/csv", SampleData.customers()).status());
        head = staff("head1", "CENTER_HEAD");
        lobby = staff("lobby1", "LOBBY_MANAGER");
        teller = staff("teller1", "TELLER");
    }

    private JsonNode file(String token, String body) {
        Http.Reply r = http.postJson("complaints", token, body);
        assertEquals(r.toString(), 201, r.status());
        return r.json();
    }

    private JsonNode step(long id, String path, String body, int status) {
        Http.Reply r = http.postJson("complaints/" + id + "/" + path, head, body);
        assertEquals(r.toString(), status, r.status());
        return r.json();
    }

    @Test
    public void intakeFromSeveralChannelsGivesAReference() {
        JsonNode counter = file(teller, "{\"customerId\":\"T001\",\"channel\":\"COUNTER\",\"category\":\"WAITING_TIME\","
                + "\"severity\":\"LOW\",\"description\":\"waited 40 minutes\",\"desiredOutcome\":\"faster service\"}");
        assertTrue(counter.get("reference").asText().matches("CP-\\d{8}-\\d{4}"));
        assertEquals("RECEIVED", counter.get("status").asText());
        assertEquals("CENTER_HEAD", counter.get("level").asText());
        JsonNode anonymous = file(lobby, "{\"contactName\":\"匿名\",\"contactPhone\":\"13700000000\",\"channel\":\"PHONE_BANKING\","
                + "\"category\":\"FEES\",\"severity\":\"MEDIUM\",\"description\":\"unexpected fee\"}");
        assertTrue(anonymous.get("customerId").isNull());
        Http.Reply missing = http.postJson("complaints", teller, "{\"channel\":\"LETTER\",\"category\":\"FEES\",\"severity\":\"LOW\","
                + "\"description\":\"x\"}");
        assertEquals(400, missing.status());
        assertEquals("customerId", missing.json().get("field").asText());
        assertEquals(400, http.postJson("complaints", teller, "{\"customerId\":\"T001\",\"channel\":\"PIGEON\",\"category\":\"FEES\","
                + "\"severity\":\"LOW\",\"description\":\"x\"}").status());
    }

    @Test
    public void theSameComplaintResolvedEightTimesAtOnceIsResolvedOnce() throws Exception {
        // each change reads the complaint under its row lock: the second sees the first's result
        long id = file(lobby, "{\"customerId\":\"T003\",\"channel\":\"LOBBY\",\"category\":\"FEES\",\"severity\":\"LOW\","
                + "\"description\":\"charged twice\"}").get("id").asLong();
        step(id, "transitions", "{\"status\":\"ACKNOWLEDGED\"}", 200);
        step(id, "transitions", "{\"status\":\"UNDER_INVESTIGATION\"}", 200);
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String body = "{\"resolution\":\"refunded, by hand " + i + "\"}";
                answers.add(pool.submit(() -> {
                    go.await();
                    return http.postJson("complaints/" + id + "/resolution", head, body).status();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get(60, TimeUnit.SECONDS));
            }
            statuses.sort(null);
            List<Integer> expected = new ArrayList<>(Collections.nCopies(n - 1, 409));
            expected.add(0, 200);
            assertEquals(expected, statuses);
        } finally {
            pool.shutdownNow();
        }
        JsonNode c = http.get("complaints/" + id, head).json();
        assertEquals("RESOLVED", c.get("status").asText());
        int resolved = 0;
        for (JsonNode h : c.get("history")) {
            resolved += "RESOLVED".equals(h.get("action").asText()) ? 1 : 0;
        }
        assertEquals(c.get("history").toString(), 1, resolved);
    }

    @Test
    public void theLifecycleAllowsOnlyItsTransitionsAndKeepsHistory() {
        long id = file(lobby, "{\"customerId\":\"T002\",\"channel\":\"LOBBY\",\"category\":\"MIS_SELLING\",\"severity\":\"HIGH\","
                + "\"description\":\"fund did not match risk profile\"}").get("id").asLong();
        JsonNode forbidden = step(id, "transitions", "{\"status\":\"UNDER_INVESTIGATION\"}", 409);
        assertEquals("status", forbidden.get("field").asText());
        assertEquals("RECEIVED", http.get("complaints/" + id, head).json().get("status").asText());
        step(id, "transitions", "{\"status\":\"ACKNOWLEDGED\",\"note\":\"called the customer\"}", 200);
        step(id, "assignee", "{\"assignee\":\"cm1\"}", 200);
        step(id, "transitions", "{\"status\":\"UNDER_INVESTIGATION\"}", 200);
        step(id, "resolution", "{\"resolution\":\"switched to a deposit product\",\"remedy\":\"fees refunded\"}", 200);
        JsonNode reopened = step(id, "feedback", "{\"satisfied\":false,\"comment\":\"refund incomplete\"}", 200);
        assertEquals("UNDER_INVESTIGATION", reopened.get("status").asText());
        step(id, "resolution", "{\"resolution\":\"refunded the rest\"}", 200);
        JsonNode closed = step(id, "feedback", "{\"satisfied\":true}", 200);
        assertEquals("CLOSED", closed.get("status").asText());
        step(id, "transitions", "{\"status\":\"ACKNOWLEDGED\"}", 409);
        String history = closed.get("history").toString();
        for (String action : new String[] { "RECEIVED", "ACKNOWLEDGED", "ASSIGNED", "UNDER_INVESTIGATION", "RESOLVED", "REOPENED", "CLOSED" }) {
            assertTrue(action + " in " + history, history.contains("\"" + action + "\""));
        }
        // the assignee sees it among their own open complaints while it is open; a teller may not read it
        assertEquals(403, http.get("complaints/" + id, teller).status());
    }

    @Test
    public void assigneesSeeTheirOwnTheCentreHeadSeesAllAndEscalatesByHand() {
        long id = file(teller, "{\"customerId\":\"T004\",\"channel\":\"LETTER\",\"category\":\"FEES\",\"severity\":\"MEDIUM\","
                + "\"description\":\"annual card fee charged twice\"}").get("id").asLong();
        step(id, "assignee", "{\"assignee\":\"cm1\"}", 200);
        String cm = http.login("cm1", passwordOf("cm1"));
        String mine = http.get("complaints", cm).body();
        assertTrue(mine, mine.contains("\"id\":" + id + ","));
        assertEquals("the assignee reads it", 200, http.get("complaints/" + id, cm).status());
        assertTrue(http.get("complaints?all=true&status=RECEIVED", head).body().contains("\"id\":" + id + ","));
        assertEquals(403, http.get("complaints?all=true", lobby).status());
        assertEquals(400, http.get("complaints?all=true&status=LOST", head).status());
        assertEquals("assignee", step(id, "assignee", "{\"assignee\":\"nobody\"}", 400).get("field").asText());

        assertEquals("SUB_BRANCH_PREMIUM_GROUP", step(id, "escalations", "{\"reason\":\"customer asked for the manager\"}", 200)
                .get("level").asText());
        step(id, "escalations", "{}", 200);
        assertEquals("HEAD_OFFICE", step(id, "escalations", "{}", 200).get("level").asText());
        step(id, "escalations", "{}", 409);
    }

    @Test
    public void anOverdueComplaintEscalatesOnItsOwn() throws Exception {
        Configuration config = context.getService(context.getServiceReference(ConfigurationAdmin.class))
                .getConfiguration("org.branchdesk.complaint", "?");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("escalationCheckSeconds", 1L);
        config.update(props);
        MovableClock clock = new MovableClock();
        Dictionary<String, Object> clockProps = new Hashtable<>();
        clockProps.put("branchdesk.clock", "true");
        ServiceRegistration<Clock> registration = context.registerService(Clock.class, clock, clockProps);
        try {
            JsonNode filed = awaitFiled("{\"customerId\":\"T003\",\"channel\":\"MOBILE_BANKING\",\"category\":\"SYSTEM_FAILURE\","
                    + "\"severity\":\"HIGH\",\"description\":\"transfer stuck\"}");
            long id = filed.get("id").asLong();
            assertEquals("CENTER_HEAD", filed.get("level").asText());
            clock.advance(Duration.ofHours(9)); // HIGH: acknowledge within 8 hours
            JsonNode escalated = awaitLevel(id, "SUB_BRANCH_PREMIUM_GROUP");
            assertTrue(escalated.get("overdue").asBoolean());
            assertTrue(escalated.get("history").toString().contains("\"system\""));
            clock.advance(Duration.ofHours(9)); // missed again: the next level
            awaitLevel(id, "BRANCH_CUSTOMER_SERVICE");
        } finally {
            registration.unregister();
            config.delete();
        }
    }

    @Test
    public void statisticsForAPeriod() {
        file(teller, "{\"customerId\":\"T005\",\"channel\":\"COUNTER\",\"category\":\"PRIVACY\",\"severity\":\"CRITICAL\",\"description\":\"a\"}");
        long id = file(teller, "{\"customerId\":\"T005\",\"channel\":\"ONLINE_BANKING\",\"category\":\"PRIVACY\",\"severity\":\"LOW\","
                + "\"description\":\"b\"}").get("id").asLong();
        step(id, "transitions", "{\"status\":\"ACKNOWLEDGED\"}", 200);
        step(id, "transitions", "{\"status\":\"UNDER_INVESTIGATION\"}", 200);
        step(id, "resolution", "{\"resolution\":\"explained\"}", 200);
        Instant from = Instant.now().minus(Duration.ofDays(1));
        JsonNode stats = http.get("complaints/stats?from=" + from + "&to=" + Instant.now().plus(Duration.ofDays(1)), head).json();
        assertTrue(stats.get("total").asInt() >= 2);
        assertTrue(stats.get("byCategory").get("PRIVACY").asInt() >= 2);
        assertTrue(stats.get("byChannel").has("ONLINE_BANKING"));
        assertTrue(stats.get("byStatus").has("RESOLVED"));
        assertEquals(2, stats.get("repeatComplainants").get("T005").asInt());
        assertFalse(stats.get("meanHoursToResolve").isNull());
        assertFalse(stats.get("p90HoursToAcknowledge").isNull());
        assertEquals(400, http.get("complaints/stats?from=yesterday&to=" + Instant.now(), head).status());
        assertEquals(403, http.get("complaints/stats?from=" + from + "&to=" + Instant.now(), teller).status());
    }

    @Test
    public void theViewSectionTheLobbyRecordAndTheAudit() {
        file(teller, "{\"customerId\":\"T006\",\"channel\":\"COUNTER\",\"category\":\"SERVICE_ATTITUDE\",\"severity\":\"LOW\",\"description\":\"rude\"}");
        String forHandler = http.get("customers/T006/view", lobby).json().get("sections").toString();
        assertTrue(forHandler, forHandler.contains("\"complaints\"") && forHandler.contains("SERVICE_ATTITUDE"));
        String forTeller = http.get("customers/T006/view", teller).json().get("sections").toString();
        assertFalse("complaints stay with those who handle them", forTeller.contains("\"complaints\""));

        JsonNode record = http.get("lobby/record?date=" + LocalDate.now(), lobby).json();
        assertEquals("installed", record.get("complaintModule").asText());
        assertTrue(record.get("complaintsReceived").asLong() >= 1);

        String audit = http.get("audit?customer=T006&actor=lobby1", staff("auditor1", "AUDITOR")).body();
        assertTrue(audit, audit.contains("\"COMPLAINT\""));
    }

    @Test
    public void withoutTheComplaintModuleTheRestKeepsWorking() throws Exception {
        Bundle module = installed("org.branchdesk.complaint.impl");
        module.stop();
        try {
            http.awaitHealthy(Duration.ofSeconds(20));
            assertEquals(404, http.get("complaints", head).status());
            assertEquals("not installed", http.get("lobby/record", lobby).json().get("complaintModule").asText());
            assertEquals(200, http.get("customers/T001/view", lobby).status());
        } finally {
            module.start();
        }
        http.awaitHealthy(Duration.ofSeconds(30));
    }

    /** Files a complaint once the component is back after a configuration change. */
    private JsonNode awaitFiled(String body) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Thread.sleep(500);
        Http.Reply r = http.postJson("complaints", lobby, body);
        while (r.status() != 201 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            r = http.postJson("complaints", lobby, body);
        }
        assertEquals(r.toString(), 201, r.status());
        return r.json();
    }

    private JsonNode awaitLevel(long id, String level) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        JsonNode c = http.get("complaints/" + id, head).json();
        while (!level.equals(c.path("level").asText()) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            c = http.get("complaints/" + id, head).json();
        }
        assertEquals(level, c.path("level").asText());
        return c;
    }
}
