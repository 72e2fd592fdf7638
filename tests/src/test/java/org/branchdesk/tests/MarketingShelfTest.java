package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The product shelf through the real framework (wealth-centre tier): a product put, checked field
 * by field against the segment catalogue, retired and put back; a JSON list and a CSV file all or
 * none with every error by line; who reads and who changes it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MarketingShelfTest extends BranchdeskTestSupport {

    private String head;
    private String teller;
    private String cm;

    @Before
    public void staffOfTheShelf() throws Exception {
        head = staff("shelf.head", "CENTER_HEAD");
        teller = staff("shelf.teller", "TELLER");
        cm = staff("shelf.cm", "CUSTOMER_MANAGER");
        ShelfTestData.awaitShelf(http, head);
    }

    @Test
    public void aProductIsPutWithItsCategoryAndDefaultSegmentsAndRetired() {
        Http.Reply put = http.putJson("marketing/products/FND-T1", head,
                "{\"name\":\"Balanced fund\",\"family\":\"funds\",\"issuer\":\"AGENCY\",\"risk\":\"R3\",\"minimumAmount\":1000}");
        assertEquals(put.toString(), 200, put.status());
        JsonNode p = put.json();
        assertEquals("FUND", p.get("category").asText());
        assertEquals("1000.00", p.get("minimumAmount").asText());
        assertEquals("the catalogue offers funds to every segment", 6, p.get("segments").size());
        assertFalse(p.get("retired").asBoolean());

        JsonNode exclusive = http.putJson("marketing/products/WLT-T1", head, "{\"name\":\"Private wealth plan\",\"family\":"
                + "\"exclusive wealth products\",\"issuer\":\"OWN\",\"risk\":\"R2\"}").json();
        assertEquals("WEALTH_PRODUCT", exclusive.get("category").asText());
        assertEquals("[\"PRIVATE\",\"HIGH\"]", exclusive.get("segments").toString());
        JsonNode insurance = http.putJson("marketing/products/INS-T1", head, "{\"name\":\"Term life\",\"family\":\"life insurance\","
                + "\"issuer\":\"AGENCY\",\"risk\":\"R1\",\"segments\":[\"MID\"]}").json();
        assertEquals("INSURANCE", insurance.get("category").asText());
        assertEquals("[\"MID\"]", insurance.get("segments").toString());
        JsonNode channel = http.putJson("marketing/products/MOB-T1", head, "{\"name\":\"Mobile banking\",\"family\":\"mobile banking\","
                + "\"issuer\":\"OWN\",\"risk\":\"R1\"}").json();
        assertTrue("a channel has no holdings category", channel.get("category").isNull());

        // a teller reads the shelf; the families are the catalogue's products and channels
        JsonNode read = http.get("marketing/products/FND-T1", teller).json();
        assertEquals("Balanced fund", read.get("name").asText());
        String families = http.get("marketing/products/families", teller).body();
        assertTrue(families, families.contains("\"funds\"") && families.contains("\"mobile banking\"") && families.contains("\"deposits\""));
        assertTrue(http.get("marketing/products?family=funds", teller).body().contains("\"FND-T1\""));

        Http.Reply retired = http.postJson("marketing/products/FND-T1/retire", head, "");
        assertEquals(retired.toString(), 200, retired.status());
        assertTrue(retired.json().get("retired").asBoolean());
        assertFalse(http.get("marketing/products", teller).body().contains("\"FND-T1\""));
        assertTrue(http.get("marketing/products?retired=true", teller).body().contains("\"FND-T1\""));
        assertEquals(404, http.postJson("marketing/products/NOPE-1/retire", head, "").status());
        // put again: back on the shelf
        assertFalse(http.putJson("marketing/products/FND-T1", head,
                "{\"name\":\"Balanced fund\",\"family\":\"funds\",\"issuer\":\"AGENCY\",\"risk\":\"R3\"}").json().get("retired").asBoolean());
        assertTrue(http.get("marketing/products", teller).body().contains("\"FND-T1\""));
    }

    @Test
    public void everyFieldIsCheckedAndNamed() {
        String ok = "\"name\":\"Bond\",\"family\":\"bonds\",\"issuer\":\"OWN\",\"risk\":\"R2\"";
        assertField("family", http.putJson("marketing/products/BAD-1", head, "{\"name\":\"X\",\"family\":\"yachts\",\"issuer\":\"OWN\",\"risk\":\"R1\"}"));
        assertField("name", http.putJson("marketing/products/BAD-1", head, "{\"family\":\"bonds\",\"issuer\":\"OWN\",\"risk\":\"R1\"}"));
        assertField("issuer", http.putJson("marketing/products/BAD-1", head, "{\"name\":\"X\",\"family\":\"bonds\",\"risk\":\"R1\"}"));
        assertField("risk", http.putJson("marketing/products/BAD-1", head, "{\"name\":\"X\",\"family\":\"bonds\",\"issuer\":\"OWN\"}"));
        assertField("minimumAmount", http.putJson("marketing/products/BAD-1", head, "{" + ok + ",\"minimumAmount\":-1}"));
        assertField("termDays", http.putJson("marketing/products/BAD-1", head, "{" + ok + ",\"termDays\":0}"));
        assertField("saleTo", http.putJson("marketing/products/BAD-1", head, "{" + ok + ",\"saleFrom\":\"2027-01-10\",\"saleTo\":\"2027-01-09\"}"));
        assertField("code", http.putJson("marketing/products/BAD-1", head, "{\"code\":\"OTHER\"," + ok + "}"));
        assertField("code", http.putJson("marketing/products/" + "X".repeat(33), head, "{" + ok + "}"));
        Http.Reply badEnum = http.putJson("marketing/products/BAD-1", head, "{\"name\":\"X\",\"family\":\"bonds\",\"issuer\":\"OWN\",\"risk\":\"R9\"}");
        assertEquals(badEnum.toString(), 400, badEnum.status());
        assertEquals("nothing was written", 404, http.get("marketing/products/BAD-1", head).status());
    }

    @Test
    public void onlyTheCentreHeadChangesTheShelf() {
        String body = "{\"name\":\"Bond\",\"family\":\"bonds\",\"issuer\":\"OWN\",\"risk\":\"R2\"}";
        assertEquals(403, http.putJson("marketing/products/BND-T9", cm, body).status());
        assertEquals(403, http.putJson("marketing/products/BND-T9", teller, body).status());
        assertEquals(403, http.post("marketing/products/import", cm, "text/csv", "code,name,family,issuer,risk\nBND-T9,Bond,bonds,OWN,R2\n").status());
        assertEquals(403, http.postJson("marketing/products", cm, "[" + body.replace("{", "{\"code\":\"BND-T9\",") + "]").status());
        assertEquals(403, http.postJson("marketing/products/FND-T1/retire", cm, "").status());
        assertEquals(404, http.get("marketing/products/BND-T9", teller).status());
        assertEquals("a manager reads the shelf", 200, http.get("marketing/products", cm).status());
    }

    @Test
    public void aCsvFileIsAllOrNoneWithEveryErrorByLine() {
        String bad = "code,name,family,issuer,risk,minimum_amount,term_days,sale_from,sale_to,segments,channels\n"
                + "CSV-1,Deposit plus,deposits,OWN,R1,50000,365,,,,branch|mobile banking\n"
                + "CSV-2,Gold,gems,OWN,R3,,,,,,\n"
                + "CSV-3,\"Fund, global\",funds,AGENCY,R7,,,,,,\n"
                + "CSV-4,Trust,trusts,AGENCY,R4,1000000,,2027-13-01,,HIGH|PRIVATE,\n";
        Http.Reply refused = http.post("marketing/products/import", head, "text/csv", bad);
        assertEquals(refused.toString(), 400, refused.status());
        JsonNode errors = refused.json().get("errors");
        List<String> lines = new ArrayList<>();
        errors.forEach(e -> lines.add(e.get("line").asInt() + ":" + e.get("field").asText()));
        assertEquals(refused.body(), List.of("3:family", "4:risk", "5:sale_from"), lines);
        assertEquals("all or none: the good row was not written", 404, http.get("marketing/products/CSV-1", head).status());

        String good = "code,name,family,issuer,risk,minimum_amount,term_days,sale_from,sale_to,segments,channels\r\n"
                + "CSV-1,Deposit plus,deposits,OWN,R1,50000,365,,,,branch|mobile banking\r\n"
                + "CSV-3,\"Fund, \"\"global\"\"\",funds,AGENCY,R4,,,,,,\r\n";
        Http.Reply imported = http.post("marketing/products/import", head, "text/csv", good);
        assertEquals(imported.toString(), 200, imported.status());
        assertEquals(2, imported.json().get("created").asInt());
        JsonNode deposit = http.get("marketing/products/CSV-1", head).json();
        assertEquals("DEPOSIT", deposit.get("category").asText());
        assertEquals("[\"branch\",\"mobile banking\"]", deposit.get("channels").toString());
        assertEquals(365, deposit.get("termDays").asInt());
        assertEquals("Fund, \"global\"", http.get("marketing/products/CSV-3", head).json().get("name").asText());
        Http.Reply again = http.post("marketing/products/import", head, "text/csv", good);
        assertEquals(2, again.json().get("updated").asInt());

        Http.Reply header = http.post("marketing/products/import", head, "text/csv", "code,name,colour\nX,Y,Z\n");
        assertEquals(400, header.status());
        assertTrue(header.body(), header.body().contains("colour"));

        // the JSON list: errors by entry, all or none
        Http.Reply list = http.postJson("marketing/products", head, "[{\"code\":\"LST-1\",\"name\":\"A\",\"family\":\"bonds\",\"issuer\":\"OWN\","
                + "\"risk\":\"R1\"},{\"code\":\"LST-2\",\"name\":\"B\",\"family\":\"bonds\",\"issuer\":\"OWN\"},"
                + "{\"code\":\"LST-1\",\"name\":\"C\",\"family\":\"bonds\",\"issuer\":\"OWN\",\"risk\":\"R1\"}]");
        assertEquals(list.toString(), 400, list.status());
        List<String> entries = new ArrayList<>();
        list.json().get("errors").forEach(e -> entries.add(e.get("line").asInt() + ":" + e.get("field").asText()));
        assertEquals(List.of("2:risk", "3:code"), entries);
        assertEquals(404, http.get("marketing/products/LST-1", head).status());
        Http.Reply listed = http.postJson("marketing/products", head, "[{\"code\":\"LST-1\",\"name\":\"A\",\"family\":\"bonds\",\"issuer\":\"OWN\","
                + "\"risk\":\"R1\"}]");
        assertEquals(listed.toString(), 200, listed.status());
        assertEquals(1, listed.json().get("rows").asInt());
    }

    private static void assertField(String field, Http.Reply reply) {
        assertEquals(reply.toString(), 400, reply.status());
        assertEquals(reply.toString(), field, reply.json().get("field").asText());
    }
}
