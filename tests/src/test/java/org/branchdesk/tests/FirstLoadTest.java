package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A branch's first load into empty tables is written while the file is still being read and
 * checked: a file that turns out bad after thousands of rows went in must leave the tables
 * empty, and report its errors like any other import.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FirstLoadTest extends BranchdeskTestSupport {

    private static final int CUSTOMERS = 5000; // several of the reader's hand-over chunks

    @Test
    public void aFirstLoadThatTurnsOutBadWritesNothing() {
        String admin = admin();
        staff("flm1", "CUSTOMER_MANAGER");
        String lobby = staff("fllobby", "LOBBY_MANAGER");

        // the last line repeats the first customer number: found only after every other row was written
        Http.Reply duplicate = http.post("import/customers", admin, "text/csv", customers(CUSTOMERS, "flm1")
                + "F00001,重复,RESIDENT_ID," + SampleData.residentId("11010519600101999") + ",,\n");
        assertEquals(duplicate.toString(), 400, duplicate.status());
        JsonNode error = duplicate.json().get("errors").get(0);
        assertEquals("customer_id", error.get("field").asText());
        assertEquals(CUSTOMERS + 2, error.get("line").asInt());
        assertEquals(404, http.get("customers/F00001", lobby).status());

        // a manager who is no customer manager, on the last row
        Http.Reply manager = http.post("import/customers", admin, "text/csv", customers(CUSTOMERS, "nobody"));
        assertEquals(manager.toString(), 400, manager.status());
        assertEquals("manager", manager.json().get("errors").get(0).get("field").asText());
        assertEquals(CUSTOMERS + 1, manager.json().get("errors").get(0).get("line").asInt());
        assertEquals(404, http.get("customers/F00001", lobby).status());

        // the good file: every row new, so nothing of the failed loads stayed behind
        JsonNode loaded = http.post("import/customers", admin, "text/csv", customers(CUSTOMERS, "flm1")).json();
        assertEquals(CUSTOMERS, loaded.get("created").asInt());
        assertEquals(0, loaded.get("updated").asInt());
        JsonNode view = http.get("customers/F04999", staff("flteller", "TELLER")).json();
        assertEquals("客户4999", view.get("name").asText());
        assertEquals("flm1", view.get("manager").asText());

        // holdings: an unknown customer on the last line fails the first load of the empty table
        Http.Reply unknown = http.post("import/holdings", admin, "text/csv", holdings(CUSTOMERS) + "NOPE,FUND,1.00\n");
        assertEquals(unknown.toString(), 400, unknown.status());
        assertEquals("customer_id", unknown.json().get("errors").get(0).get("field").asText());
        assertEquals(CUSTOMERS + 2, unknown.json().get("errors").get(0).get("line").asInt());
        JsonNode held = http.post("import/holdings", admin, "text/csv", holdings(CUSTOMERS)).json();
        assertEquals("no holding of the failed load stayed behind", CUSTOMERS, held.get("created").asInt());
        assertEquals(0, held.get("updated").asInt());
    }

    private static String customers(int n, String manager) {
        StringBuilder csv = new StringBuilder("customer_id,name,id_type,id_number,card_numbers,manager\n");
        for (int i = 0; i < n; i++) {
            csv.append(String.format("F%05d,客户%d,RESIDENT_ID,%s,62220200%011d,%s%n", i, i,
                    SampleData.residentId(String.format("110105198%08d", i)), i, i == n - 1 ? manager : ""));
        }
        return csv.toString().replace("\r\n", "\n");
    }

    private static String holdings(int n) {
        StringBuilder csv = new StringBuilder("customer_id,category,amount\n");
        for (int i = 0; i < n; i++) {
            csv.append(String.format("F%05d,DEPOSIT,%d.00%n", i, 1000 + i));
        }
        return csv.toString().replace("\r\n", "\n");
    }
}
