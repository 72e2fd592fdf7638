package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.osgi.framework.Bundle;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The lobby's and the counters' figures at {@code GET /api/figures} (arrivals, premium arrivals
 * per manager, the wait to a call, leads; diversion, completed requests, time to authorise), who
 * may read them, and the workspace pages the lobby and counter modules register.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FrontFiguresTest extends BranchdeskTestSupport {

    private static boolean prepared;
    private String head;
    private String lobby;
    private String teller;
    private String officer;

    @Before
    public void branch() {
        if (!prepared) {
            importSampleBranch();
            prepared = true;
        }
        head = staff("ff-head", "CENTER_HEAD");
        lobby = staff("ff-lobby", "LOBBY_MANAGER");
        teller = staff("ff-teller", "TELLER");
        officer = staff("ff-officer", "BUSINESS_OFFICER");
    }

    private Map<String, JsonNode> figures(String token) {
        LocalDate today = LocalDate.now();
        Http.Reply reply = http.get("figures?from=" + today.minusDays(6) + "&to=" + today, token);
        assertEquals(reply.toString(), 200, reply.status());
        Map<String, JsonNode> byId = new HashMap<>();
        reply.json().get("figures").forEach(f -> byId.put(f.get("id").asText(), f));
        assertTrue("no source failed: " + reply.json().get("unavailable"), reply.json().get("unavailable").isEmpty());
        return byId;
    }

    private static double value(Map<String, JsonNode> figures, String id) {
        JsonNode f = figures.get(id);
        assertNotNull(id + " is served", f);
        return f.get("value").isNull() ? 0 : f.get("value").asDouble();
    }

    /** The series' value today: the last of the period's seven days. */
    private static double today(Map<String, JsonNode> figures, String id) {
        JsonNode series = figures.get(id).get("series");
        assertEquals(id + ": a point for every day", 7, series.size());
        JsonNode last = series.get(6);
        assertEquals(LocalDate.now().toString(), last.get("date").asText());
        return last.get("value").asDouble();
    }

    private static double manager(JsonNode figure, String username) {
        for (JsonNode m : figure.get("managers")) {
            if (username.equals(m.get("username").asText())) {
                return m.get("value").asDouble();
            }
        }
        return 0;
    }

    private JsonNode arrive(String identifier, String purpose) {
        Http.Reply reply = http.postJson("lobby/arrivals", lobby, "{" + identifier + "\"purpose\":\"" + purpose + "\"}");
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json();
    }

    @Test
    public void theCentreHeadSeesTheLobbyAndCounterFiguresComputedFromTheDay() throws Exception {
        Map<String, JsonNode> before = figures(head);
        for (String id : List.of("lobby.arrivals", "lobby.premium-arrivals", "lobby.wait", "lobby.leads", "counter.diversion",
                "counter.completed", "counter.authorise-time")) {
            JsonNode f = before.get(id);
            assertNotNull(id + " is served: " + before.keySet(), f);
            assertFalse(id + " says how in English", f.get("how").get("en").asText().isBlank());
            assertTrue(id + " says how in Chinese", f.get("how").get("zh-CN").asText().matches(".*\\p{IsHan}.*"));
            assertTrue(id + " has a Chinese title", f.get("title").get("zh-CN").asText().matches(".*\\p{IsHan}.*"));
        }

        List<JsonNode> arrivals = new ArrayList<>();
        arrivals.add(arrive("\"customerId\":\"T001\",", "CASH"));
        arrivals.add(arrive("\"cardNumber\":\"" + SampleData.MID_CARD + "\",", "WEALTH_CONSULTATION"));
        arrivals.add(arrive("", "NON_CASH"));
        long premium = arrivals.stream().filter(a -> a.get("premium").asBoolean()).count();
        long ofCm1 = arrivals.stream().filter(a -> a.get("premium").asBoolean() && "cm1".equals(a.get("manager").asText())).count();
        assertTrue("the sample has premium arrivals", premium >= 1);

        // a ticket waits at least a little before the teller calls it
        Thread.sleep(1100);
        Http.Reply called = http.postJson("lobby/queues/PRIORITY_WINDOW/call", teller, "{\"counter\":\"7\"}");
        assertEquals(called.toString(), 200, called.status());
        long ticketId = called.json().get("id").asLong();
        assertEquals(200, http.post("lobby/tickets/" + ticketId + "/done", teller, "application/json", "").status());

        // one request made, authorised and completed
        Http.Reply submitted = http.postJson("counter/requests", teller, "{\"type\":\"LOSS_REPORT\",\"customerId\":\"T003\",\"fields\":"
                + "{\"account\":\"6222028800000071\",\"medium\":\"CARD\",\"kind\":\"TEMPORARY\"}}");
        assertEquals(submitted.toString(), 201, submitted.status());
        JsonNode request = submitted.json().get("request");
        long id = request.get("id").asLong();
        Http.Reply approved = http.postJson("counter/inbox/" + id + "/approve", officer, "{\"version\":" + request.get("version").asInt() + "}");
        assertEquals(approved.toString(), 200, approved.status());
        Http.Reply confirmed = http.postJson("counter/requests/" + id + "/confirm", teller, "{\"coreReference\":\"FF-" + id + "\"}");
        assertEquals(confirmed.toString(), 200, confirmed.status());
        assertEquals("COMPLETED", confirmed.json().get("status").asText());

        Map<String, JsonNode> after = figures(head);
        assertEquals(value(before, "lobby.arrivals") + 3, value(after, "lobby.arrivals"), 0);
        assertEquals(today(before, "lobby.arrivals") + 3, today(after, "lobby.arrivals"), 0);
        assertEquals(value(before, "lobby.premium-arrivals") + premium, value(after, "lobby.premium-arrivals"), 0);
        assertEquals(today(before, "lobby.premium-arrivals") + premium, today(after, "lobby.premium-arrivals"), 0);
        assertEquals(manager(before.get("lobby.premium-arrivals"), "cm1") + ofCm1, manager(after.get("lobby.premium-arrivals"), "cm1"), 0);
        assertEquals("COUNT", after.get("lobby.arrivals").get("unit").asText());

        JsonNode wait = after.get("lobby.wait");
        assertEquals("SECONDS", wait.get("unit").asText());
        assertFalse("a called ticket gives a wait", wait.get("value").isNull());
        assertTrue(wait.toString(), wait.get("value").asDouble() >= 1.0);
        JsonNode waitSeries = wait.get("series");
        assertEquals(LocalDate.now().toString(), waitSeries.get(waitSeries.size() - 1).get("date").asText());

        assertEquals(value(before, "counter.completed") + 1, value(after, "counter.completed"), 0);
        assertEquals(today(before, "counter.completed") + 1, today(after, "counter.completed"), 0);
        assertEquals(manager(before.get("counter.completed"), "ff-teller") + 1, manager(after.get("counter.completed"), "ff-teller"), 0);
        JsonNode authorise = after.get("counter.authorise-time");
        assertEquals("SECONDS", authorise.get("unit").asText());
        assertFalse("an authorised request gives a time", authorise.get("value").isNull());
        assertTrue(authorise.get("value").asDouble() >= 0);

        // the counter's own report is the authority for the diversion: the figure is its rate as a percent
        JsonNode diversion = after.get("counter.diversion");
        assertEquals("PERCENT", diversion.get("unit").asText());
        assertEquals(90.0, diversion.get("target").asDouble(), 0);
        Http.Reply report = http.get("counter/figures?from=" + LocalDate.now().minusDays(6) + "&to=" + LocalDate.now(), head);
        assertEquals(report.toString(), 200, report.status());
        JsonNode rate = report.json().get("diversion").get("rate");
        if (rate.isNull()) {
            assertTrue(diversion.get("value").isNull());
        } else {
            assertEquals(Math.round(rate.asDouble() * 1000) / 10.0, diversion.get("value").asDouble(), 0.0001);
        }
    }

    @Test
    public void aTellerMayNotReadTheCentresFigures() {
        assertEquals(403, http.get("figures", teller).status());
        assertEquals(403, http.get("figures", lobby).status());
    }

    /** The figures, once {@code lobby.arrivals} is there (or gone) as expected: DS rebinds a moment after a bundle starts or stops. */
    private Map<String, JsonNode> awaitFigures(boolean withLobby) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<String, JsonNode> f = Map.of();
        while (System.nanoTime() < deadline) {
            Http.Reply reply = http.get("figures", head);
            if (reply.status() == 200) {
                Map<String, JsonNode> byId = new HashMap<>();
                reply.json().get("figures").forEach(x -> byId.put(x.get("id").asText(), x));
                f = byId;
                JsonNode diversion = byId.get("counter.diversion");
                boolean lobbyGone = !byId.containsKey("lobby.arrivals") && diversion != null
                        && diversion.get("how").get("en").asText().contains("not installed");
                if (withLobby ? byId.containsKey("lobby.arrivals") : lobbyGone) {
                    return byId;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the figures did not follow the lobby module " + (withLobby ? "starting" : "stopping") + ": " + f.keySet());
    }

    @Test
    public void withoutTheLobbyTheCounterFiguresStayAndTheDiversionSaysWhy() throws Exception {
        Bundle lobbyModule = installed("org.branchdesk.lobby.impl");
        lobbyModule.stop();
        try {
            http.awaitHealthy(Duration.ofSeconds(20));
            Map<String, JsonNode> f = awaitFigures(false);
            assertTrue(f.keySet().toString(), f.containsKey("counter.completed") && f.containsKey("counter.authorise-time"));
            assertFalse(f.containsKey("lobby.wait"));
            JsonNode diversion = f.get("counter.diversion");
            assertTrue(diversion.toString(), diversion.get("value").isNull());
            assertTrue(diversion.get("how").get("zh-CN").asText().contains("未安装大堂模块"));
            assertFalse("the counter page is the lobby module's", pages(teller).contains("counter"));
            assertTrue(pages(teller).contains("requests"));
            assertFalse(pages(head).contains("lobby"));
        } finally {
            lobbyModule.start();
        }
        http.awaitHealthy(Duration.ofSeconds(30));
        awaitFigures(true);
    }

    private List<String> pages(String token) {
        Http.Reply reply = http.get("workspace/pages", token);
        assertEquals(reply.toString(), 200, reply.status());
        List<String> ids = new ArrayList<>();
        reply.json().forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    @Test
    public void eachRoleSeesItsWorkspacePages() {
        List<String> tellers = pages(teller);
        assertTrue(tellers.toString(), tellers.containsAll(List.of("counter", "requests")));
        assertFalse(tellers.toString(), tellers.contains("lobby"));
        assertFalse(tellers.toString(), tellers.contains("authorise"));
        List<String> lobbys = pages(lobby);
        assertTrue(lobbys.toString(), lobbys.contains("lobby"));
        assertFalse(lobbys.toString(), lobbys.contains("counter"));
        List<String> heads = pages(head);
        assertTrue(heads.toString(), heads.containsAll(List.of("lobby", "authorise")));
        List<String> officers = pages(officer);
        assertTrue(officers.toString(), officers.containsAll(List.of("counter", "requests", "authorise")));
    }
}
