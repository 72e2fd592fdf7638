package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.AssignmentRequest;
import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.lobby.api.ArrivalSource;
import org.branchdesk.lobby.api.LobbyService;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The maintenance, development and reserve lists and the cross-selling figures through the real
 * framework (wealth centre, the sample branch): what each list takes and why, the centre head's
 * lists of the whole centre, the reserve criteria from configuration, who may read whose, bad input.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CustomerListsTest extends BranchdeskTestSupport {

    private static final Caller HEAD = new Caller("head1", "head1", Set.of(Role.CENTER_HEAD));
    private static boolean prepared;
    private static long lead;

    private String head;
    private String cm1;
    private String cm2;

    @Before
    public void branch() throws Exception {
        if (!prepared) {
            importSampleBranch();
            staff("cm2", "CUSTOMER_MANAGER");
            // T002 (HIGH) and T004 (mass-affluent, potential premium with its other-bank assets) are cm1's;
            // T002 came through the lobby as a lead still open, T005 (POTENTIAL) and T006 (ORDINARY) have no manager
            assign("T002", "cm1");
            assign("T004", "cm1");
            lead = service(LobbyService.class).refer("T002", ArrivalSource.LOBBY, "asked about funds",
                    new Caller("lobby1", "lobby1", Set.of(Role.LOBBY_MANAGER))).id();
            prepared = true;
        }
        head = staff("head1", "CENTER_HEAD");
        cm1 = http.login("cm1", passwordOf("cm1"));
        cm2 = http.login("cm2", passwordOf("cm2"));
        await(() -> http.get("marketing/lists/maintenance", cm1).status(), s -> s == 200);
    }

    @Test
    public void maintenanceIsTheManagersPremiumCustomers() throws Exception {
        Map<String, JsonNode> mine = list("maintenance", "", cm1);
        assertEquals("premium MID", mine.get("T003").get("why").asText());
        assertEquals("孙中端", mine.get("T003").get("name").asText());
        assertEquals("cm1", mine.get("T003").get("manager").asText());
        assertEquals("premium HIGH", mine.get("T002").get("why").asText());
        assertFalse("T004 is theirs but not premium", mine.containsKey("T004"));
        mine.values().forEach(e -> assertEquals("cm1", e.get("manager").asText()));
        assertEquals(mine.keySet(), list("maintenance", "?manager=cm1", head).keySet());
        // the centre's: every premium customer, T001 (private banking, no manager) too
        Map<String, JsonNode> centre = list("maintenance", "", head);
        assertTrue(centre.toString(), centre.keySet().containsAll(mine.keySet()) && centre.containsKey("T001"));
        assertFalse(centre.containsKey("T005"));
        assertTrue(list("maintenance", "", cm2).isEmpty());
        // one audit entry per list read
        int before = service(AuditLog.class).query("cm2", null, null, null, 1000).stream()
                .filter(e -> "MARKETING_LIST".equals(e.action())).toList().size();
        list("reserve", "", cm2);
        assertEquals(before + 1, service(AuditLog.class).query("cm2", null, null, null, 1000).stream()
                .filter(e -> "MARKETING_LIST".equals(e.action())).toList().size());
    }

    @Test
    public void developmentIsPotentialPremiumAndOpenLeadsOfTheirCustomers() {
        Map<String, JsonNode> mine = list("development", "", cm1);
        assertEquals("potential premium", mine.get("T004").get("why").asText());
        assertEquals("open lead " + lead, mine.get("T002").get("why").asText());
        assertFalse(mine.containsKey("T003"));
        assertFalse("cm1's lead is not cm2's", list("development", "", cm2).containsKey("T002"));
        Map<String, JsonNode> centre = list("development", "", head);
        assertTrue(centre.toString(), centre.get("T002").get("why").asText().contains("open lead " + lead));
        assertEquals("potential premium", centre.get("T004").get("why").asText());
    }

    @Test
    public void reserveTakesTheConfiguredSegmentsBelowPremium() throws Exception {
        // the centre's reserve: the cultivated segments without a manager; T004 is potential premium (development) and cm1's
        Map<String, JsonNode> centre = list("reserve", "", head);
        assertEquals("segment POTENTIAL", centre.get("T005").get("why").asText());
        assertFalse(centre.containsKey("T004"));
        assertFalse(centre.containsKey("T006"));
        assertFalse(list("reserve", "", cm1).containsKey("T004"));

        Configuration config = service(ConfigurationAdmin.class).getConfiguration("org.branchdesk.marketing.lists", "?");
        try {
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("reserveSegments", new String[] { "ORDINARY" });
            config.update(props);
            await(() -> list("reserve", "", head), l -> l.containsKey("T006") && !l.containsKey("T005"));
            // a premium segment is refused: the lists go on with the last configuration that passed
            props.put("reserveSegments", new String[] { "HIGH" });
            config.update(props);
            Thread.sleep(1000); // nothing to wait for: a refused configuration changes nothing
            Map<String, JsonNode> still = list("reserve", "", head);
            assertTrue(still.toString(), still.containsKey("T006") && !still.containsKey("T002"));
            props.put("reserveSegments", new String[] { "POTENTIAL", "ORDINARY" });
            props.put("reserveMinAssets", "10000.00");
            config.update(props);
            await(() -> list("reserve", "", head), l -> l.containsKey("T005") && l.containsKey("T006"));
            props.put("reserveMinAssets", "10000.01");
            config.update(props);
            await(() -> list("reserve", "", head), l -> !l.containsKey("T005") && !l.containsKey("T006"));
        } finally {
            config.delete();
        }
        await(() -> list("reserve", "", head), l -> l.containsKey("T005") && !l.containsKey("T006"));
    }

    @Test
    public void aManagerReadsOnlyTheirOwnAndBadInputIsNamed() {
        assertEquals(403, http.get("marketing/lists/maintenance?manager=cm1", cm2).status());
        assertEquals(403, http.get("marketing/lists/development?manager=cm1", cm2).status());
        assertEquals(403, http.get("marketing/figures?manager=cm1", cm2).status());
        assertEquals(403, http.get("marketing/figures/managers", cm1).status());
        assertEquals(403, http.get("marketing/lists/reserve", staff("teller1", "TELLER")).status());
        assertEquals(404, http.get("marketing/lists/favourites", head).status());
        assertEquals(404, http.get("marketing/lists/maintenance?manager=nobody", head).status());
        assertField(http.get("marketing/lists/maintenance?limit=0", cm1), "limit");
        assertField(http.get("marketing/lists/reserve?limit=many", cm1), "limit");
        assertField(http.get("marketing/figures?from=2026-12-01&to=2026-11-01", cm1), "to");
        assertField(http.get("marketing/figures?from=yesterday", cm1), "from");
        assertEquals(2, list("maintenance", "?limit=2", head).size());
    }

    @Test
    public void crossSellingCountsThePremiumCustomersByFamiliesHeld() {
        int premium = list("maintenance", "", cm1).size();
        JsonNode mine = http.get("marketing/figures", cm1).json();
        assertEquals("cm1", mine.get("manager").asText());
        assertEquals(premium, mine.get("customers").asInt());
        long counted = 0;
        long families = 0;
        for (var it = mine.get("byFamiliesHeld").fields(); it.hasNext();) {
            var e = it.next();
            counted += e.getValue().asLong();
            families += Integer.parseInt(e.getKey()) * e.getValue().asLong();
        }
        assertEquals(premium, counted);
        assertEquals(BigDecimal.valueOf(families).divide(BigDecimal.valueOf(premium), 2, java.math.RoundingMode.HALF_UP),
                mine.get("averageFamilies").decimalValue());
        BigDecimal rate = mine.get("crossSellRate").decimalValue();
        assertTrue(rate.toString(), rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) <= 0);

        JsonNode centre = http.get("marketing/figures", head).json();
        assertTrue(centre.get("manager").isNull());
        assertEquals(list("maintenance", "", head).size(), centre.get("customers").asInt());
        Map<String, JsonNode> byManager = new LinkedHashMap<>();
        http.get("marketing/figures/managers", head).json().forEach(f -> byManager.put(f.get("manager").asText(), f));
        assertEquals(premium, byManager.get("cm1").get("customers").asInt());
        assertEquals(0, byManager.get("cm2").get("customers").asInt());
        assertEquals(mine.get("crossSellRate").decimalValue(), byManager.get("cm1").get("crossSellRate").decimalValue());
    }

    @Test
    public void campaignFiguresCountTheContactsOfThePeriodPerManager() {
        Http.Reply defined = http.postJson("marketing/campaigns", head, "{\"name\":\"Figures\",\"purpose\":\"test\","
                + "\"channels\":[\"PHONE\"],\"target\":{\"segments\":[\"MID\",\"HIGH\"],\"manager\":\"cm1\"}}");
        assertEquals(defined.toString(), 201, defined.status());
        long id = defined.json().get("id").asLong();
        Http.Reply launched = http.post("marketing/campaigns/" + id + "/launch", head, "application/json", "");
        assertEquals(launched.toString(), 200, launched.status());
        String today = java.time.LocalDate.now().toString();
        JsonNode before = http.get("marketing/figures?from=" + today + "&to=" + today, cm1).json();
        for (String customer : new String[] { "T002", "T003" }) {
            Http.Reply c = http.postJson("marketing/campaigns/" + id + "/contacts", cm1, "{\"customerId\":\"" + customer
                    + "\",\"channel\":\"PHONE\",\"outcome\":\"INTERESTED\"}");
            assertEquals(c.toString(), 201, c.status());
        }
        JsonNode mine = http.get("marketing/figures?from=" + today + "&to=" + today, cm1).json();
        assertEquals(before.get("campaignContacts").asInt() + 2, mine.get("campaignContacts").asInt());
        assertEquals(before.get("campaignSales").asInt(), mine.get("campaignSales").asInt());
        assertEquals(0, http.get("marketing/figures?manager=cm2&from=" + today + "&to=" + today, head).json().get("campaignContacts").asInt());
        JsonNode centre = http.get("marketing/figures?from=" + today + "&to=" + today, head).json();
        assertTrue(centre.toString(), centre.get("campaignContacts").asInt() >= mine.get("campaignContacts").asInt());
        String yesterday = java.time.LocalDate.now().minusDays(1).toString();
        assertEquals("the day before had none", 0, http.get("marketing/figures?from=" + yesterday + "&to=" + yesterday, cm1).json()
                .get("campaignContacts").asInt());

        // the view section shows the campaign and the last contact, for the customer's manager
        JsonNode section = null;
        for (JsonNode s : http.get("customers/T003/view", cm1).json().get("sections")) {
            if (s.get("id").asText().equals("marketing")) {
                section = s.get("content");
            }
        }
        assertNotNull(section);
        assertTrue(section.toString(), section.get("activeCampaigns").toString().contains("\"id\":" + id));
        assertEquals("PHONE", section.get("lastContact").get("channel").asText());
        assertEquals("cm1", section.get("lastContact").get("staff").asText());
    }

    // ---------------------------------------------------------------------------------------

    private Map<String, JsonNode> list(String kind, String query, String token) {
        Http.Reply r = http.get("marketing/lists/" + kind + query, token);
        assertEquals(r.toString(), 200, r.status());
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        r.json().forEach(e -> byId.put(e.get("customerId").asText(), e));
        return byId;
    }

    private void assign(String customerId, String manager) throws Exception {
        AssignmentService assignments = service(AssignmentService.class);
        Optional<Assignment> current = assignments.current(customerId, HEAD);
        if (current.isEmpty() || !current.get().manager().equals(manager)) {
            assignments.assign(customerId, new AssignmentRequest(manager, null, current.map(Assignment::id).orElse(null)), HEAD);
        }
    }

    private static void assertField(Http.Reply r, String field) {
        assertEquals(r.toString(), 400, r.status());
        assertEquals(r.toString(), field, r.json().get("field").asText());
    }

    private static <T> T await(Supplier<T> read, Predicate<T> until) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T value = read.get();
        while (!until.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            value = read.get();
        }
        assertTrue(String.valueOf(value), until.test(value));
        return value;
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
