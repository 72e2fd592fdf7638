package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Import, segmentation, the unified view with masking per role, search, the view-section
 * whiteboard and bad input, through the real framework and database.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CustomerViewTest extends BranchdeskTestSupport {

    private String admin;

    @Before
    public void importAndSegment() {
        admin = admin();
        importSampleBranch();
    }

    @Test
    public void importReportsWhatItDid() {
        JsonNode report = http.post("import/customers", admin, "text/csv", SampleData.customers()).json();
        assertEquals(7, report.get("rows").asInt());
        assertEquals(0, report.get("created").asInt());
        assertEquals(7, report.get("updated").asInt());
    }

    /** Into a table that has holdings, a row replaces the amount of its category or adds the category. */
    @Test
    public void aLaterHoldingsFileReplacesAmountsAndAddsCategories() {
        JsonNode report = http.post("import/holdings", admin, "text/csv",
                "customer_id,category,amount\nT001,DEPOSIT,2500000.00\nT001,PRECIOUS_METAL,1.00\n").json();
        assertEquals(1, report.get("created").asInt());
        assertEquals(1, report.get("updated").asInt());
        JsonNode view = http.get("customers/T001/view", staff("head4", "CENTER_HEAD")).json();
        assertEquals(3, view.get("holdings").size());
        assertEquals("12500001.00", view.get("totalAssets").asText()); // 2,500,000 + 10,000,000 (trust) + 1
    }

    /**
     * The first import into the empty table drops the secondary indexes and builds them after
     * the rows (SecondaryIndexes); every one the entities declare must be there afterwards.
     */
    @Test
    public void theFirstLoadLeavesEveryDeclaredIndexAndConstraintInPlace() throws Exception {
        try (Connection db = database()) {
            Set<String> indexes = new HashSet<>();
            for (String table : List.of("BD_CUSTOMER", "BD_CARD")) {
                try (ResultSet rs = db.getMetaData().getIndexInfo(null, null, TestDatabase.table(db, table), false, false)) {
                    while (rs.next()) {
                        indexes.add(String.valueOf(rs.getString("INDEX_NAME")).toUpperCase(java.util.Locale.ROOT));
                    }
                }
            }
            assertTrue(indexes.toString(), indexes.containsAll(Set.of("BD_CUSTOMER_NAME", "BD_CUSTOMER_PHONE", "BD_CUSTOMER_MANAGER")));
            assertEquals("the unique identity-document constraint is back", "U", TestDatabase.constraintType(db, "BD_CUSTOMER_ID_DOC"));
        }
    }

    @Test
    public void segmentsFollowTheQuartersAverageAssets() {
        String head = staff("head1", "CENTER_HEAD");
        assertSegment(head, "T001", "PRIVATE", "12000000.00");
        assertSegment(head, "T002", "HIGH", "2000000.00");
        assertSegment(head, "T003", "MID", "500000.00");
        assertSegment(head, "T004", "MASS_AFFLUENT", "100000.00");
        assertSegment(head, "T005", "POTENTIAL", "10000.00");
        assertSegment(head, "T006", "ORDINARY", "10000.00");
        assertSegment(head, "T007", "MID", "200000.00"); // the premium threshold is inclusive
        JsonNode t004 = http.get("customers/T004", head).json();
        assertTrue("100,000 here + 150,000 elsewhere is potential premium", t004.get("potentialPremium").asBoolean());
        assertFalse(http.get("customers/T003", head).json().get("potentialPremium").asBoolean());
    }

    @Test
    public void aSecondRunOfTheSameQuarterChangesNothingAndHistoryIsKept() {
        Http.Reply again = http.postJson("segmentation/runs", admin, "{\"quarter\":\"2026-Q3\"}");
        assertEquals(201, again.status());
        assertEquals(0, again.json().get("changed").asInt());
        assertEquals(7, again.json().get("customers").asInt());
        assertEquals(92, again.json().get("daysInQuarter").asInt());
        assertEquals(92, again.json().get("daysWithBalances").asInt());
        JsonNode history = http.get("customers/T001/segment-history", staff("head2", "CENTER_HEAD")).json();
        assertEquals(1, history.size());
        assertTrue(history.get(0).get("from").isNull());
        assertEquals("PRIVATE", history.get(0).get("to").asText());
        assertEquals("2026-Q3", history.get(0).get("quarter").asText());
    }

    @Test
    public void segmentationRefusesQuartersThatHaveNotEndedOrAreMalformed() {
        Http.Reply future = http.postJson("segmentation/runs", admin, "{\"quarter\":\"2099-Q1\"}");
        assertEquals(400, future.status());
        assertEquals("quarter", future.json().get("field").asText());
        assertEquals(400, http.postJson("segmentation/runs", admin, "{\"quarter\":\"2026-Q5\"}").status());
        assertEquals(400, http.postJson("segmentation/runs", admin, "{}").status());
    }

    @Test
    public void theLobbyManagerSeesTheViewMasked() {
        JsonNode view = http.get("customers/T003/view", staff("lobby2", "LOBBY_MANAGER")).json();
        JsonNode customer = view.get("customer");
        assertEquals("孙中端", customer.get("name").asText());
        assertEquals("**************" + SampleData.MID_ID.substring(14), customer.get("idNumber").asText());
        // the ID number's hidden digits hold the birth date: the answer shows the year only
        assertTrue(customer.toString(), customer.get("birthDate").isNull());
        assertEquals(1980, customer.get("birthYear").asInt());
        assertEquals("138****5678", customer.get("phone").asText());
        assertEquals("622202*********0123", customer.get("cardNumbers").get(0).asText());
        assertEquals("MID", customer.get("segment").asText());
        assertTrue(view.get("premium").asBoolean());
        assertEquals("cm1", view.get("manager").get("username").asText());
        assertTrue(view.get("entitlements").get("branchTiers").toString().contains("WEALTH_CENTER"));
        assertEquals("500000.00", view.get("totalAssets").asText());
        assertEquals("800000.00", view.get("totalLiabilities").asText());
        assertEquals(3, view.get("holdings").size());
    }

    @Test
    public void aTellerSeesIdentifiersInFullAndTheUnmaskingIsAudited() {
        String teller = staff("teller2", "TELLER");
        JsonNode customer = http.get("customers/T003/view", teller).json().get("customer");
        assertEquals(SampleData.MID_ID, customer.get("idNumber").asText());
        assertEquals(SampleData.MID_PHONE, customer.get("phone").asText());
        assertEquals("1980-02-02", customer.get("birthDate").asText());

        JsonNode audit = http.get("audit?actor=teller2&customer=T003", staff("auditor2", "AUDITOR")).json();
        assertTrue(audit.toString(), audit.toString().contains("\"VIEW\""));
        assertTrue(audit.toString(), audit.toString().contains("\"UNMASK\""));
        assertTrue(audit.toString(), audit.toString().contains("idNumber"));
    }

    @Test
    public void theDedicatedManagerSeesTheirCustomersPhoneButNotTheIdNumber() {
        String cm = http.login("cm1", passwordOf("cm1"));
        JsonNode own = http.get("customers/T003", cm).json();
        assertEquals(SampleData.MID_PHONE, own.get("phone").asText());
        assertTrue(own.get("idNumber").asText().contains("*"));
        assertTrue(http.get("customers/T001", cm).json().get("phone").asText().contains("*"));
    }

    @Test
    public void searchByNamePhoneIdNumberAndCard() {
        String lobby = staff("lobby3", "LOBBY_MANAGER");
        assertEquals("T003", http.get("customers?q=孙中", lobby).json().get(0).get("id").asText());
        assertEquals("T003", http.get("customers?q=" + SampleData.MID_PHONE, lobby).json().get(0).get("id").asText());
        assertEquals("T001", http.get("customers?q=" + SampleData.PRIVATE_ID, lobby).json().get(0).get("id").asText());
        assertEquals("T003", http.get("customers?q=" + SampleData.MID_CARD, lobby).json().get(0).get("id").asText());
        assertEquals("T002", http.get("customers?q=T002", lobby).json().get(0).get("id").asText());
        assertEquals(0, http.get("customers?q=13000000000", lobby).json().size());
        assertEquals(400, http.get("customers?q=x", lobby).status());
        Http.Reply badLimit = http.get("customers?q=T002&limit=many", lobby);
        assertEquals("a query parameter that does not convert is a 400, not JAX-RS's 404", 400, badLimit.status());
        assertEquals("limit", badLimit.json().get("field").asText());
    }

    /** A customer's cards are replaced, by file or by JSON: a card that was taken away no longer identifies them. */
    @Test
    public void replacedCardsNoLongerIdentifyTheCustomer() {
        String lobby = staff("lobby5", "LOBBY_MANAGER");
        String firstCard = "6222029999000000001";
        String secondCard = "6222029999000000002";
        assertEquals(200, http.post("import/customers", admin, "text/csv", SampleData.customers().replace(",executive,,", ",executive,"
                + firstCard + ";" + secondCard + ",")).status());
        assertEquals("T002", http.get("customers?q=" + firstCard, lobby).json().get(0).get("id").asText());
        String teller = staff("teller5", "TELLER"); // sees the ID number in full
        assertEquals(200, http.putJson("customers/T002", teller, "{\"name\":\"钱高端\",\"idType\":\"RESIDENT_ID\","
                + "\"idNumber\":\"" + http.get("customers/T002", teller).json().get("idNumber").asText() + "\",\"cardNumbers\":[\""
                + secondCard + "\"]}").status());
        assertEquals(0, http.get("customers?q=" + firstCard, lobby).json().size());
        assertEquals("T002", http.get("customers?q=" + secondCard, lobby).json().get(0).get("id").asText());
        assertEquals(200, http.post("import/customers", admin, "text/csv", SampleData.customers()).status());
        assertEquals(0, http.get("customers?q=" + secondCard, lobby).json().size());
    }

    @Test
    public void aContributedSectionComesAndGoesWithItsBundle() throws Exception {
        String lobby = staff("lobby4", "LOBBY_MANAGER");
        assertTrue(sections(lobby).contains("segment-history"));
        Bundle contributor = installed("org.branchdesk.customer.segment.history");
        contributor.stop();
        try {
            Http.Reply view = http.get("customers/T001/view", lobby);
            assertEquals(200, view.status());
            assertFalse(view.json().get("sections").toString().contains("segment-history"));
        } finally {
            contributor.start();
        }
        assertTrue(sections(lobby).contains("segment-history"));
    }

    @Test
    public void aBadRowRejectsTheWholeFileWithItsLineNumber() {
        String csv = "customer_id,name,id_type,id_number\n"
                + "N001,新客户甲,RESIDENT_ID," + SampleData.residentId("11010519910101111") + "\n"
                + "N002,新客户乙,RESIDENT_ID,110105199101011112\n"; // wrong check digit
        Http.Reply reply = http.post("import/customers", admin, "text/csv", csv);
        assertEquals(400, reply.status());
        assertEquals(3, reply.json().get("errors").get(0).get("line").asInt());
        assertEquals("id_number", reply.json().get("errors").get(0).get("field").asText());
        assertEquals("the good row was not imported either", 404,
                http.get("customers/N001", staff("lobby5", "LOBBY_MANAGER")).status());
    }

    @Test
    public void balancesForUnknownCustomersAreRejected() {
        Http.Reply reply = http.post("import/balances", admin, "text/csv", "customer_id,date,balance\nNOPE,2026-07-01,5.00\n");
        assertEquals(400, reply.status());
        assertEquals("customer_id", reply.json().get("field").asText());
    }

    @Test
    public void jsonCreateValidatesAndConflicts() {
        String teller = staff("teller3", "TELLER");
        Http.Reply badEnum = http.postJson("customers", teller,
                "{\"name\":\"王五\",\"idType\":\"LIBRARY_CARD\",\"idNumber\":\"X1\"}");
        assertEquals(400, badEnum.status());
        assertEquals("idType", badEnum.json().get("field").asText());

        Http.Reply noName = http.postJson("customers", teller,
                "{\"idType\":\"PASSPORT\",\"idNumber\":\"E12345678\"}");
        assertEquals(400, noName.status());
        assertEquals("name", noName.json().get("field").asText());

        Http.Reply created = http.postJson("customers", teller,
                "{\"name\":\"王五\",\"idType\":\"PASSPORT\",\"idNumber\":\"E12345678\",\"phone\":\"13700000000\"}");
        assertEquals(created.toString(), 201, created.status());
        String id = created.json().get("id").asText();
        assertEquals(200, http.get("customers/" + id, teller).status());

        Http.Reply duplicate = http.postJson("customers", teller,
                "{\"name\":\"王六\",\"idType\":\"PASSPORT\",\"idNumber\":\"E12345678\"}");
        assertEquals(409, duplicate.status());
        assertEquals(404, http.get("customers/NO-SUCH-ID", teller).status());
        assertEquals(403, http.postJson("customers", staff("lobby6", "LOBBY_MANAGER"),
                "{\"name\":\"王七\",\"idType\":\"PASSPORT\",\"idNumber\":\"E87654321\"}").status());
    }

    private String sections(String token) {
        Http.Reply view = http.get("customers/T001/view", token);
        assertEquals(200, view.status());
        return view.json().get("sections").toString();
    }

    private void assertSegment(String token, String id, String segment, String average) {
        JsonNode c = http.get("customers/" + id, token).json();
        assertEquals(id, segment, c.get("segment").asText());
        assertEquals(id, average, c.get("averageAssets").asText());
        assertEquals(SampleData.QUARTER, c.get("segmentQuarter").asText());
    }
}
