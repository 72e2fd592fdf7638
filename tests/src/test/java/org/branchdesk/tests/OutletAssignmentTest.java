package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The dedicated-manager rule on the outlet tier, which has no relationship module: the branch's
 * first customers file gives its managers as assignments, the default allocation rules place the
 * premium customers after segmentation (a private-banking customer needs a senior manager), and
 * the centre head assigns by hand.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OutletAssignmentTest extends BranchdeskTestSupport {

    @Override
    protected String tier() {
        return "outlet";
    }

    @Test
    public void assignmentsWorkWithoutTheRelationshipModule() {
        String admin = admin();
        String head = staff("out.head", "CENTER_HEAD");
        String cm = staff("cm1", "CUSTOMER_MANAGER");
        // the first load, into empty tables: T003's manager is its first assignment
        assertEquals(200, http.post("import/customers", admin, "text/csv", SampleData.customers()).status());
        JsonNode imported = http.get("customers/T003/assignments", head).json();
        assertEquals(1, imported.size());
        assertEquals("cm1", imported.get(0).get("manager").asText());
        assertEquals("IMPORT", imported.get(0).get("rule").asText());
        assertEquals("ALLOCATION", imported.get(0).get("reason").asText());

        // segmentation, then the default rules: cm1 (MANAGER level, capacity 300) takes the high and mid customers
        assertEquals(200, http.post("import/balances", admin, "text/csv", SampleData.balances()).status());
        assertEquals(201, http.postJson("segmentation/runs", admin, "{\"quarter\":\"" + SampleData.QUARTER + "\"}").status());
        JsonNode run = http.get("allocation/runs", head).json().get(0);
        assertEquals("SEGMENTATION", run.get("trigger").asText());
        assertEquals(2, run.get("allocated").asInt()); // T002 (high), T007 (mid)
        assertEquals(1, run.get("unassigned").asInt()); // T001 (private) needs a senior manager
        assertEquals("cm1", http.get("customers/T002", head).json().get("manager").asText());
        String unassigned = http.get("allocation/unassigned", head).body();
        assertTrue(unassigned, unassigned.contains("\"T001\"") && !unassigned.contains("\"T002\""));

        // the centre head assigns by hand, beyond the level rule; cm1's book has all four
        Http.Reply byHand = http.postJson("customers/T001/assignments", head, "{\"manager\":\"cm1\",\"replaces\":null}");
        assertEquals(byHand.toString(), 201, byHand.status());
        JsonNode book = http.get("managers/cm1/book", cm).json();
        assertEquals(4, book.size());
        assertEquals("T001", book.get(0).get("customerId").asText());
        assertEquals("PRIVATE", book.get(0).get("segment").asText());
        assertEquals(java.time.LocalDate.now().toString(), book.get(1).get("premiumSince").asText());
        assertEquals(4, http.get("managers/cm1", cm).json().get("premiumCustomers").asInt());
    }
}
