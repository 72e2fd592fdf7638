package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Set;
import java.util.function.Supplier;

import org.branchdesk.complaint.api.ComplaintService;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.Identifier;
import org.branchdesk.customer.api.SegmentationService;
import org.branchdesk.lobby.api.LeadStatus;
import org.branchdesk.lobby.api.LobbyService;
import org.branchdesk.platform.api.ForbiddenException;
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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Customer data cannot be had around the masks and the role checks: the services refuse a
 * caller without the role whoever calls them (an integrator's bundle, not only the REST API), no
 * field of an answer gives back what a mask hides, every search is audited (misses too, the
 * query masked) and searching is rate-limited per member of staff.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CustomerDataProtectionTest extends BranchdeskTestSupport {

    private static final Caller ADMIN = new Caller("it.admin", "IT", Set.of(Role.ADMIN));
    private static final Caller AUDITOR = new Caller("it.auditor", "Audit", Set.of(Role.AUDITOR));

    @Before
    public void importAndSegment() {
        importSampleBranch();
    }

    /** What a bundle in the framework gets when it calls the services directly as ADMIN or AUDITOR: nothing. */
    @Test
    public void theServicesRefuseCallersWithoutTheRoleWhoeverCallsThem() {
        CustomerService customers = service(CustomerService.class);
        SegmentationService segmentation = service(SegmentationService.class);
        LobbyService lobby = service(LobbyService.class);
        ComplaintService complaints = service(ComplaintService.class);
        for (Caller caller : new Caller[] { ADMIN, AUDITOR }) {
            refused(() -> customers.get("T003", caller));
            refused(() -> customers.view("T003", caller));
            refused(() -> customers.holdings("T003", caller));
            refused(() -> customers.search("孙中", 10, caller));
            refused(() -> customers.identify(Identifier.PHONE, SampleData.MID_PHONE, caller));
            refused(() -> segmentation.history("T003", 5, caller));
            refused(() -> lobby.visits("T003", 5, caller));
            refused(() -> lobby.openLeads("T003", caller));
            refused(() -> lobby.queues(caller));
            refused(() -> lobby.leads(LeadStatus.OPEN, caller));
            refused(() -> lobby.notices(10, caller));
            refused(() -> lobby.record(LocalDate.now(), caller));
            refused(() -> complaints.ofCustomer("T003", 5, caller));
            refused(() -> complaints.get(1, caller));
            refused(() -> complaints.stats(Instant.now().minusSeconds(3600), Instant.now(), caller));
        }
        // and the other way round: ADMIN imports, a teller does not
        Caller teller = new Caller("it.teller", "Teller", Set.of(Role.TELLER));
        refused(() -> customers.importCustomers(new java.io.StringReader(SampleData.customers()), teller));
        // a customer manager reads customers, but not the centre head's statistics
        Caller cm = new Caller("cm1", "CM", Set.of(Role.CUSTOMER_MANAGER));
        assertEquals("T003", customers.get("T003", cm).id());
        refused(() -> complaints.stats(Instant.now().minusSeconds(3600), Instant.now(), cm));
    }

    /**
     * A resident ID number's hidden digits are the birth date: whoever sees the number masked
     * gets the year of birth, in the customer, the view and identification alike; the number
     * itself keeps only its last 4 characters, so the place of registration is not shown either.
     */
    @Test
    public void noFieldOfAnAnswerUndoesTheMaskOfTheIdNumber() {
        String lobby = staff("lobby1", "LOBBY_MANAGER");
        for (JsonNode customer : new JsonNode[] { http.get("customers/T003", lobby).json(),
                http.get("customers/T003/view", lobby).json().get("customer"),
                http.get("customers?q=" + SampleData.MID_CARD, lobby).json().get(0),
                http.postJson("lobby/arrivals", lobby, "{\"phone\":\"" + SampleData.MID_PHONE + "\",\"purpose\":\"CASH\"}").json()
                        .get("customer") }) {
            assertEquals(customer.toString(), "**************" + SampleData.MID_ID.substring(14), customer.get("idNumber").asText());
            assertTrue(customer.toString(), customer.get("birthDate").isNull());
            assertEquals(1980, customer.get("birthYear").asInt());
            assertFalse(customer.toString(), customer.toString().contains("1980-02-02"));
            assertFalse(customer.toString(), customer.toString().contains(SampleData.MID_ID.substring(6, 14)));
        }
        JsonNode forTeller = http.get("customers/T003", staff("teller1", "TELLER")).json();
        assertEquals(SampleData.MID_ID, forTeller.get("idNumber").asText());
        assertEquals("1980-02-02", forTeller.get("birthDate").asText());
    }

    /** Every search and identification is audited, those that found nobody too, with what was looked for masked. */
    @Test
    public void searchesThatFindNobodyAreAuditedWithTheQueryMasked() {
        String cm = staff("cm9", "CUSTOMER_MANAGER");
        assertEquals(0, http.get("customers?q=13900001111", cm).json().size());
        assertEquals(404, http.postJson("lobby/arrivals", staff("lobby9", "LOBBY_MANAGER"),
                "{\"idNumber\":\"" + SampleData.residentId("11010519991231999") + "\",\"purpose\":\"CASH\"}").status());
        String auditor = staff("auditor9", "AUDITOR");
        JsonNode misses = http.get("audit?actor=cm9", auditor).json();
        assertTrue(misses.toString(), misses.toString().contains("139****1111: no match"));
        assertFalse("the audit log keeps the query masked", misses.toString().contains("13900001111"));
        JsonNode identify = http.get("audit?actor=lobby9", auditor).json();
        assertTrue(identify.toString(), identify.toString().contains("IDENTIFY"));
        assertTrue(identify.toString(), identify.toString().contains("no match"));
        assertFalse(identify.toString(), identify.toString().contains("1101051999"));
    }

    /**
     * Past the configured burst a member of staff's searches are refused with a 429 problem and a
     * Retry-After, the refusals audited; another member of staff is not held back.
     */
    @Test
    public void searchingIsRateLimitedPerMemberOfStaff() throws Exception {
        Configuration config = context.getService(context.getServiceReference(ConfigurationAdmin.class))
                .getConfiguration("org.branchdesk.customer", "?");
        Dictionary<String, Object> limits = new Hashtable<>();
        limits.put("searchesPerMinute", 1);
        limits.put("searchBurst", 5);
        config.update(limits);
        try {
            String guesser = staff("lobby8", "LOBBY_MANAGER");
            Http.Reply refused = awaitRefusal(guesser);
            assertTrue(refused.contentType(), refused.contentType().startsWith("application/problem+json"));
            assertTrue(refused.body(), refused.body().contains("too many searches"));
            // identification by a phone, ID or card number counts against the same limit
            Http.Reply arrival = http.postJson("lobby/arrivals", guesser, "{\"phone\":\"" + SampleData.MID_PHONE
                    + "\",\"purpose\":\"CASH\"}");
            assertEquals(arrival.toString(), 429, arrival.status());
            // another member of staff is not held back
            assertEquals(200, http.get("customers?q=" + SampleData.MID_PHONE, staff("lobby7", "LOBBY_MANAGER")).status());
            String audit = http.get("audit?actor=lobby8", staff("auditor8", "AUDITOR")).body();
            assertTrue(audit, audit.contains("SEARCH_REFUSED"));
            assertTrue(audit, audit.contains("IDENTIFY_REFUSED"));
            assertFalse(audit, audit.contains(SampleData.MID_PHONE));
        } finally {
            config.delete();
        }
    }

    /** Searches until the limit refuses one: the configuration reaches the service asynchronously. */
    private Http.Reply awaitRefusal(String token) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Http.Reply reply = http.get("customers?q=" + SampleData.MID_PHONE, token);
            if (reply.status() == 429) {
                return reply;
            }
            assertEquals(reply.toString(), 200, reply.status());
            Thread.sleep(20);
        }
        throw new AssertionError("no search was refused");
    }

    @Test
    public void aTicketNamesACustomerWhoExists() {
        String lobby = staff("lobby4", "LOBBY_MANAGER");
        Http.Reply unknown = http.postJson("lobby/tickets", lobby, "{\"servicePoint\":\"CASH_COUNTER\",\"customerId\":\"NOBODY\"}");
        assertEquals(unknown.toString(), 400, unknown.status());
        assertEquals("customerId", unknown.json().get("field").asText());
        Http.Reply tooLong = http.postJson("lobby/tickets", lobby, "{\"servicePoint\":\"CASH_COUNTER\",\"customerId\":\""
                + "C".repeat(40) + "\"}");
        assertEquals(tooLong.toString(), 400, tooLong.status());
        assertEquals("customerId", tooLong.json().get("field").asText());
        assertEquals(201, http.postJson("lobby/tickets", lobby, "{\"servicePoint\":\"CASH_COUNTER\",\"customerId\":\"T003\"}").status());
    }

    @Test
    public void aBirthDateIsARealPastDateWithinASaneRange() {
        String teller = staff("teller3", "TELLER");
        for (String date : new String[] { "1850-01-01", LocalDate.now().plusDays(1).toString() }) {
            Http.Reply reply = http.postJson("customers", teller, "{\"name\":\"日期\",\"idType\":\"PASSPORT\",\"idNumber\":\"G1234567\","
                    + "\"birthDate\":\"" + date + "\"}");
            assertEquals(reply.toString(), 400, reply.status());
            assertEquals("birthDate", reply.json().get("field").asText());
        }
        assertEquals("a refused customer is not written", 0, http.get("customers?q=G1234567", teller).json().size());
    }

    /**
     * Text longer than its column can hold, counted the way the database counts (an emoji is two
     * UTF-16 units in a Derby VARCHAR), is a 400 naming the field, and writes nothing.
     */
    @Test
    public void textLongerThanItsColumnIsA400NamingTheField() {
        String teller = staff("teller6", "TELLER");
        assertRefused("name", http.postJson("customers", teller, "{\"name\":\"" + "😀".repeat(60)
                + "\",\"idType\":\"PASSPORT\",\"idNumber\":\"G2345678\"}"));
        StringBuilder cards = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            cards.append(i == 0 ? "" : ",").append("\"62220299990000").append(String.format("%05d", i)).append('"');
        }
        assertRefused("cardNumbers", http.postJson("customers", teller, "{\"name\":\"卡多\",\"idType\":\"PASSPORT\","
                + "\"idNumber\":\"G3456789\",\"cardNumbers\":[" + cards + "]}"));
        assertEquals(0, http.get("customers?q=G2345678", teller).json().size());
        assertEquals(0, http.get("customers?q=G3456789", teller).json().size());

        assertRefused("contactPhone", http.postJson("complaints", teller, "{\"contactName\":\"匿名\",\"contactPhone\":\""
                + "1".repeat(21) + "\",\"channel\":\"LETTER\",\"category\":\"FEES\",\"severity\":\"LOW\",\"description\":\"x\"}"));
        String head = staff("head6", "CENTER_HEAD");
        Http.Reply filed = http.postJson("complaints", head, "{\"customerId\":\"T001\",\"channel\":\"LOBBY\",\"category\":\"FEES\","
                + "\"severity\":\"LOW\",\"description\":\"fee\"}");
        long id = filed.json().get("id").asLong();
        assertEquals(200, http.postJson("complaints/" + id + "/transitions", head, "{\"status\":\"ACKNOWLEDGED\"}").status());
        assertEquals(200, http.postJson("complaints/" + id + "/transitions", head, "{\"status\":\"UNDER_INVESTIGATION\"}").status());
        assertRefused("remedy", http.postJson("complaints/" + id + "/resolution", head, "{\"resolution\":\"done\",\"remedy\":\""
                + "r".repeat(1001) + "\"}"));
        assertEquals("UNDER_INVESTIGATION", http.get("complaints/" + id, head).json().get("status").asText());

        assertRefused("phone", http.postJson("lobby/arrivals", staff("lobby6", "LOBBY_MANAGER"), "{\"phone\":\"" + "1".repeat(500)
                + "\",\"purpose\":\"CASH\"}"));
        assertRefused("q", http.get("customers?q=" + "a".repeat(101), teller));
    }

    private static void assertRefused(String field, Http.Reply reply) {
        assertEquals(reply.toString(), 400, reply.status());
        assertEquals(reply.toString(), field, reply.json().get("field").asText());
    }

    private <T> T service(Class<T> type) {
        return context.getService(context.getServiceReference(type));
    }

    private static void refused(Supplier<?> call) {
        try {
            call.get();
            fail("expected the service to refuse the caller");
        } catch (ForbiddenException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("needs one of the roles"));
        }
    }
}
