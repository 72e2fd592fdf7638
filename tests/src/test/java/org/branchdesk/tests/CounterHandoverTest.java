package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.branchdesk.counter.api.AuthorisedRequest;
import org.branchdesk.counter.api.CoreBanking;
import org.branchdesk.counter.api.Handover;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The hand-over to core banking through the real framework: every built-in type from making to
 * approval to hand-over (the shipped default asks for keying) and confirmation; nothing reaches
 * core banking, nor changes customer data, before the last approval; a core banking failure leaves
 * the request approved with its reason and a retry completes it, core banking called once per
 * success; product purchases through marketing's suitability; the lobby link and the figures.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CounterHandoverTest extends BranchdeskTestSupport {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static boolean prepared;

    private String teller;
    private String officer1;
    private String officer2;
    private String supervisor1;
    private String supervisor2;
    private String head;

    @Before
    public void branch() throws Exception {
        if (!prepared) {
            importSampleBranch();
        }
        teller = staff("ho-teller1", "TELLER");
        officer1 = staff("ho-officer1", "BUSINESS_OFFICER");
        officer2 = staff("ho-officer2", "BUSINESS_OFFICER");
        supervisor1 = staff("ho-super1", "OPERATIONS_SUPERVISOR");
        supervisor2 = staff("ho-super2", "OPERATIONS_SUPERVISOR");
        head = staff("ho-head1", "CENTER_HEAD");
        if (!prepared) {
            ShelfTestData.awaitShelf(http, head);
            product("CTR-LOW", "bonds", "R2");
            product("CTR-HIGH", "stocks", "R5");
            // T003 (MID, cm1's): tolerance C3, so R2 suits and R5 does not
            Http.Reply assessed = http.postJson("marketing/customers/T003/risk-profile", http.login("cm1", passwordOf("cm1")),
                    ShelfTestData.BALANCED);
            assertEquals(assessed.toString(), 201, assessed.status());
            prepared = true;
        }
    }

    private void product(String code, String family, String risk) {
        Http.Reply r = http.putJson("marketing/products/" + code, head, "{\"name\":\"" + code + "\",\"family\":\"" + family
                + "\",\"issuer\":\"OWN\",\"risk\":\"" + risk + "\",\"minimumAmount\":1000}");
        assertEquals(r.toString(), 200, r.status());
    }

    private static String account() {
        return String.format("62220399%08d", SEQ.incrementAndGet() * 7919 % 100_000_000);
    }

    private static String unique(String word) {
        return word + " " + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    /** A valid request of every built-in type, each of new content, small enough for one officer's approval. */
    private static Map<String, String> everyType() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("LOSS_REPORT", "\"fields\":{\"account\":\"" + account() + "\",\"medium\":\"CARD\",\"kind\":\"TEMPORARY\"}");
        t.put("FREEZE", "\"fields\":{\"account\":\"" + account() + "\",\"reason\":\"" + unique("court order") + "\",\"authority\":\"District court\"}");
        t.put("UNFREEZE", "\"fields\":{\"account\":\"" + account() + "\",\"reason\":\"" + unique("order lifted") + "\",\"authority\":\"District court\"}");
        t.put("INQUIRY_REPLY", "\"fields\":{\"subject\":\"" + unique("balance certificate") + "\",\"question\":\"Is the account in good standing?\"}");
        t.put("ACCOUNT_OPENING", "\"amount\":" + (1000 + SEQ.incrementAndGet()) + ",\"fields\":{\"accountType\":\"SAVINGS\"}");
        t.put("ACCOUNT_CLOSING", "\"fields\":{\"account\":\"" + account() + "\"}");
        t.put("LOAN", "\"amount\":100000,\"fields\":{\"loanType\":\"CONSUMER\",\"termMonths\":\"12\",\"purpose\":\"" + unique("car") + "\"}");
        t.put("FUND_ALLOCATION", "\"amount\":200000,\"fields\":{\"fromAccount\":\"" + account() + "\",\"toAccount\":\"" + account()
                + "\",\"purpose\":\"payroll\"}");
        t.put("COLLECTION_ACCEPTANCE", "\"amount\":5000,\"fields\":{\"payerAccount\":\"" + account() + "\",\"payeeAccount\":\"" + account()
                + "\",\"contractNo\":\"C-" + SEQ.incrementAndGet() + "\",\"dueDate\":\"" + LocalDate.now().plusDays(30) + "\"}");
        t.put("LARGE_CASH_WITHDRAWAL", "\"amount\":60000,\"fields\":{\"account\":\"" + account() + "\"}");
        t.put("LARGE_TRANSFER", "\"amount\":600000,\"fields\":{\"fromAccount\":\"" + account() + "\",\"toAccount\":\"" + account()
                + "\",\"payeeName\":\"Li Wei\"}");
        t.put("PRODUCT_PURCHASE", "\"amount\":" + (10000 + SEQ.incrementAndGet()) + ",\"fields\":{\"product\":\"CTR-LOW\",\"fromAccount\":\""
                + account() + "\"}");
        t.put("CUSTOMER_INFO_CHANGE", "\"fields\":{\"occupation\":\"" + unique("teacher") + "\"}");
        return t;
    }

    private JsonNode submit(String customer, String type, String rest) {
        Http.Reply s = http.postJson("counter/requests", teller, "{\"type\":\"" + type + "\",\"customerId\":\"" + customer + "\"," + rest + "}");
        assertEquals(type + ": " + s, 201, s.status());
        return s.json().get("request");
    }

    private Http.Reply approve(JsonNode request, String checker) {
        return http.postJson("counter/inbox/" + request.get("id").asLong() + "/approve", checker,
                "{\"version\":" + request.get("version").asInt() + "}");
    }

    private JsonNode get(long id) {
        Http.Reply r = http.get("counter/requests/" + id, teller);
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    /** The request once its status is the given one (the hand-over follows the approval's commit). */
    private JsonNode awaitStatus(long id, String status) throws InterruptedException {
        return await(() -> get(id), r -> status.equals(r.get("status").asText()));
    }

    @Test
    public void everyTypeGoesFromMakerToCheckerToCoreBankingAndIsConfirmed() throws Exception {
        for (Map.Entry<String, String> type : everyType().entrySet()) {
            String customer = type.getKey().equals("CUSTOMER_INFO_CHANGE") ? "T005" : "T003";
            JsonNode r = submit(customer, type.getKey(), type.getValue());
            assertEquals(type.getKey(), "PENDING", r.get("status").asText());
            // the default policy has a supervisor lift a freeze
            Http.Reply approved = approve(r, type.getKey().equals("UNFREEZE") ? supervisor1 : officer1);
            assertEquals(type.getKey() + ": " + approved, 200, approved.status());
            long id = r.get("id").asLong();
            JsonNode keyed = awaitStatus(id, "TO_BE_KEYED");
            assertTrue(keyed.toString(), keyed.get("coreReference").isNull());
            Http.Reply confirmed = http.postJson("counter/requests/" + id + "/confirm", teller, "{\"coreReference\":\"CB-" + id + "\"}");
            assertEquals(type.getKey() + ": " + confirmed, 200, confirmed.status());
            assertEquals("COMPLETED", confirmed.json().get("status").asText());
            assertEquals("CB-" + id, confirmed.json().get("coreReference").asText());
            assertEquals("confirmed once", 409, http.postJson("counter/requests/" + id + "/confirm", teller, "{\"coreReference\":\"X\"}").status());
        }
    }

    @Test
    public void aConfirmationNeedsAReferenceAndTheMakerOrACheckerOfIt() throws Exception {
        JsonNode r = submit("T003", "LOSS_REPORT", everyType().get("LOSS_REPORT"));
        assertEquals(200, approve(r, officer1).status());
        long id = r.get("id").asLong();
        awaitStatus(id, "TO_BE_KEYED");
        Http.Reply empty = http.postJson("counter/requests/" + id + "/confirm", teller, "{\"coreReference\":\" \"}");
        assertEquals(empty.toString(), 400, empty.status());
        assertEquals("coreReference", empty.json().get("field").asText());
        assertEquals(400, http.postJson("counter/requests/" + id + "/confirm", teller, "{\"coreReference\":\"" + "x".repeat(65) + "\"}").status());
        assertEquals("neither maker nor checker", 403,
                http.postJson("counter/requests/" + id + "/confirm", staff("ho-teller2", "TELLER"), "{\"coreReference\":\"CB-1\"}").status());
        Http.Reply byChecker = http.postJson("counter/requests/" + id + "/confirm", officer1, "{\"coreReference\":\"CB-" + id + "\"}");
        assertEquals(byChecker.toString(), 200, byChecker.status());
    }

    @Test
    public void nothingReachesCoreBankingBeforeTheLastApproval() throws Exception {
        Recorder core = new Recorder();
        ServiceRegistration<CoreBanking> reg = register(core);
        try {
            // above 1,000,000 CNY a loan needs two supervisors (the default policy)
            JsonNode loan = submit("T003", "LOAN", "\"amount\":1500000,\"fields\":{\"loanType\":\"MORTGAGE\",\"termMonths\":\"240\",\"purpose\":\""
                    + unique("flat") + "\"}");
            assertEquals(2, loan.get("requirement").get("approvals").asInt());
            assertEquals(200, approve(loan, supervisor1).status());
            assertEquals("PENDING", get(loan.get("id").asLong()).get("status").asText());
            assertFalse("no call after the first approval", core.calledFor(loan.get("id").asLong()));
            assertEquals(200, approve(loan, supervisor2).status());
            JsonNode done = awaitStatus(loan.get("id").asLong(), "COMPLETED");
            assertEquals("CORE-" + loan.get("id").asLong(), done.get("coreReference").asText());
            assertEquals(1, core.callsFor(loan.get("id").asLong()));
            AuthorisedRequest seen = core.last();
            assertEquals(List.of("ho-super1", "ho-super2"), seen.checkers());
            assertEquals("ho-teller1", seen.maker());
        } finally {
            reg.unregister();
        }
    }

    @Test
    public void rejectedRequestsNeverReachCoreBankingNorChangeTheCustomer() throws Exception {
        Recorder core = new Recorder();
        ServiceRegistration<CoreBanking> reg = register(core);
        try {
            String before = http.get("customers/T004", teller).json().get("occupation").asText();
            String occupation = unique("pilot");
            JsonNode change = submit("T004", "CUSTOMER_INFO_CHANGE", "\"fields\":{\"occupation\":\"" + occupation + "\"}");
            assertEquals("not before approval", before, http.get("customers/T004", teller).json().get("occupation").asText());
            Http.Reply rejected = http.postJson("counter/inbox/" + change.get("id").asLong() + "/reject", officer1,
                    "{\"version\":1,\"reason\":\"the customer's document has expired\"}");
            assertEquals(rejected.toString(), 200, rejected.status());
            assertEquals("REJECTED", get(change.get("id").asLong()).get("status").asText());
            assertFalse(core.calledFor(change.get("id").asLong()));
            assertEquals(before, http.get("customers/T004", teller).json().get("occupation").asText());
        } finally {
            reg.unregister();
        }
    }

    @Test
    public void aCustomerInformationChangeIsAppliedOnlyAfterTheLastApproval() throws Exception {
        String occupation = unique("engineer");
        JsonNode change = submit("T004", "CUSTOMER_INFO_CHANGE", "\"fields\":{\"occupation\":\"" + occupation + "\"}");
        assertFalse(occupation.equals(http.get("customers/T004", teller).json().get("occupation").asText()));
        assertEquals(200, approve(change, officer2).status());
        awaitStatus(change.get("id").asLong(), "TO_BE_KEYED");
        JsonNode customer = http.get("customers/T004", teller).json();
        assertEquals(occupation, customer.get("occupation").asText());
        assertFalse("identifiers written back in full", customer.get("idNumber").asText().contains("*"));
        Http.Reply audit = http.get("audit?customerId=T004&limit=50", staff("ho-auditor1", "AUDITOR"));
        assertTrue(audit.body(), audit.body().contains("COUNTER_APPLY"));
    }

    @Test
    public void aCoreBankingFailureLeavesTheRequestApprovedAndARetryCompletesIt() throws Exception {
        Recorder core = new Recorder();
        core.failing = true;
        ServiceRegistration<CoreBanking> reg = register(core);
        try {
            JsonNode r = submit("T003", "LARGE_CASH_WITHDRAWAL", "\"amount\":" + (70000 + SEQ.incrementAndGet()) + ",\"fields\":{\"account\":\""
                    + account() + "\"}");
            long id = r.get("id").asLong();
            assertEquals(200, approve(r, officer1).status());
            JsonNode failed = await(() -> get(id), x -> !x.get("reason").isNull());
            assertEquals("APPROVED", failed.get("status").asText());
            assertTrue(failed.toString(), failed.get("reason").asText().contains("core banking is closed for the night"));
            assertFalse(failed.toString(), failed.get("reason").asText().contains("Exception"));
            Http.Reply history = http.get("counter/requests/" + id + "/history", teller);
            assertTrue(history.body(), history.body().contains("HANDOVER_FAILED"));
            core.failing = false;
            Http.Reply retried = http.postJson("counter/requests/" + id + "/handover", teller, "");
            assertEquals(retried.toString(), 200, retried.status());
            assertEquals("COMPLETED", retried.json().get("status").asText());
            assertEquals(2, core.callsFor(id));
            assertEquals(1, core.successesFor(id));
            assertEquals("only an approved request is handed over again", 409, http.postJson("counter/requests/" + id + "/handover", teller, "").status());
            assertEquals(1, core.successesFor(id));
        } finally {
            reg.unregister();
        }
    }

    @Test
    public void aProductPurchaseGoesThroughSuitabilityWhenMarketingIsInstalled() throws Exception {
        Http.Reply refused = http.postJson("counter/requests", teller, "{\"type\":\"PRODUCT_PURCHASE\",\"customerId\":\"T003\",\"amount\":20000,"
                + "\"fields\":{\"product\":\"CTR-HIGH\",\"fromAccount\":\"" + account() + "\"}}");
        assertEquals(refused.toString(), 409, refused.status());
        assertEquals("fields.product", refused.json().get("field").asText());
        Bundle marketing = installed("org.branchdesk.marketing.impl");
        marketing.stop();
        try {
            http.awaitHealthy(Duration.ofSeconds(20));
            Http.Reply unchecked = http.postJson("counter/requests", teller, "{\"type\":\"PRODUCT_PURCHASE\",\"customerId\":\"T003\",\"amount\":20000,"
                    + "\"fields\":{\"product\":\"CTR-HIGH\",\"fromAccount\":\"" + account() + "\"}}");
            assertEquals("no shelf to check against: " + unchecked, 201, unchecked.status());
        } finally {
            marketing.start();
        }
        http.awaitHealthy(Duration.ofSeconds(30));
    }

    @Test
    public void aRequestAtACalledTicketHasItsServiceTimeInTheFigures() throws Exception {
        Http.Reply ticket = http.postJson("lobby/tickets", teller, "{\"servicePoint\":\"NON_CASH_COUNTER\",\"priority\":\"STANDARD\",\"customerId\":\"T003\"}");
        assertEquals(ticket.toString(), 201, ticket.status());
        long ticketId = ticket.json().get("id").asLong();
        String early = everyType().get("ACCOUNT_CLOSING");
        Http.Reply notCalled = http.postJson("counter/requests", teller, "{\"type\":\"ACCOUNT_CLOSING\",\"customerId\":\"T003\",\"ticketId\":"
                + ticketId + "," + early + "}");
        assertEquals(notCalled.toString(), 400, notCalled.status());
        assertEquals("ticketId", notCalled.json().get("field").asText());
        Http.Reply called = null;
        do { // earlier tests' tickets may be waiting in the same queue
            called = http.postJson("lobby/queues/NON_CASH_COUNTER/call", officer1, "{\"counter\":\"N2\"}");
            assertEquals(called.toString(), 200, called.status());
        } while (called.json().get("id").asLong() != ticketId);
        JsonNode r = submit("T003", "ACCOUNT_CLOSING", "\"ticketId\":" + ticketId + "," + early);
        assertNotNull(r.get("calledAt").asText());
        assertEquals(200, approve(r, officer2).status());
        long id = r.get("id").asLong();
        awaitStatus(id, "TO_BE_KEYED");
        assertEquals(200, http.postJson("counter/requests/" + id + "/confirm", teller, "{\"coreReference\":\"CB-T" + id + "\"}").status());
        assertEquals(200, http.postJson("lobby/tickets/" + ticketId + "/done", officer1, "").status());
        Http.Reply figures = http.get("counter/figures?from=" + LocalDate.now() + "&to=" + LocalDate.now(), head);
        assertEquals(figures.toString(), 200, figures.status());
        JsonNode f = figures.json();
        assertFalse(f.toString(), f.get("serviceP50Seconds").isNull());
        assertFalse(f.toString(), f.get("authoriseP90Seconds").isNull());
        assertTrue(f.toString(), f.get("byType").get("ACCOUNT_CLOSING").get("COMPLETED").asLong() >= 1);
        assertEquals("installed", f.get("lobbyModule").asText());
        assertEquals(0.9, f.get("diversion").get("target").asDouble(), 1e-9);
        assertTrue(f.toString(), f.get("perMaker").toString().contains("ho-teller1"));
        assertTrue(f.toString(), f.get("perChecker").toString().contains("ho-officer2"));
        assertEquals(403, http.get("counter/figures", teller).status());
    }

    @Test
    public void theDiversionRateCountsTheLobbysGuidanceAndSelfServiceBusinessAtACounter() throws Exception {
        Http.Reply before = http.get("counter/figures", head);
        assertEquals(before.toString(), 200, before.status());
        long machines = before.json().get("diversion").get("toMachines").asLong();
        long atCounter = before.json().get("diversion").get("atCounter").asLong();
        String lobbyManager = staff("ho-lobby1", "LOBBY_MANAGER");
        Http.Reply arrival = http.postJson("lobby/arrivals", lobbyManager, "{\"purpose\":\"SELF_SERVICE\",\"source\":\"LOBBY\"}");
        assertEquals(arrival.toString(), 201, arrival.status());
        // a transfer a machine could do, made and completed at a counter
        JsonNode transfer = submit("T003", "LARGE_TRANSFER", everyType().get("LARGE_TRANSFER"));
        assertEquals(200, approve(transfer, officer1).status());
        awaitStatus(transfer.get("id").asLong(), "TO_BE_KEYED");
        assertEquals(200, http.postJson("counter/requests/" + transfer.get("id").asLong() + "/confirm", teller, "{\"coreReference\":\"CB-D1\"}").status());
        JsonNode after = http.get("counter/figures", head).json().get("diversion");
        String sentTo = arrival.json().toString();
        long machinesNow = after.get("toMachines").asLong();
        long atCounterNow = after.get("atCounter").asLong();
        assertEquals(sentTo, machines + 1 + atCounter + 1, machinesNow + atCounterNow);
        assertTrue(after.toString(), atCounterNow >= atCounter + 1);
        double rate = after.get("rate").asDouble();
        assertEquals((double) machinesNow / (machinesNow + atCounterNow), rate, 1e-9);
    }

    private ServiceRegistration<CoreBanking> register(CoreBanking core) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_RANKING, 100);
        return context.registerService(CoreBanking.class, core, props);
    }

    /** An integrator's core banking: records each call, takes the request with a reference or fails when told. */
    static final class Recorder implements CoreBanking {
        final List<AuthorisedRequest> calls = new CopyOnWriteArrayList<>();
        final List<Long> successes = new CopyOnWriteArrayList<>();
        volatile boolean failing;

        @Override
        public Handover handOver(AuthorisedRequest request) {
            calls.add(request);
            if (failing) {
                throw new IllegalStateException("core banking is closed for the night");
            }
            successes.add(request.id());
            return Handover.keyed("CORE-" + request.id());
        }

        boolean calledFor(long id) {
            return callsFor(id) > 0;
        }

        long callsFor(long id) {
            return calls.stream().filter(c -> c.id() == id).count();
        }

        long successesFor(long id) {
            return successes.stream().filter(s -> s == id).count();
        }

        AuthorisedRequest last() {
            return calls.get(calls.size() - 1);
        }
    }

    private static <T> T await(Supplier<T> read, Predicate<T> until) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T value = read.get();
        while (!until.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            value = read.get();
        }
        assertTrue(String.valueOf(value), until.test(value));
        return value;
    }
}
