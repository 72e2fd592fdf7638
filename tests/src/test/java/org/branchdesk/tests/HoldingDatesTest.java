package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.branchdesk.customer.api.Acquisition;
import org.branchdesk.customer.api.HoldingDates;
import org.branchdesk.customer.api.Maturity;
import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * The holding dates through the real framework and database: the holdings file's maturity_date,
 * stored by the first load and by later files; acquisitions of what a later file adds, none of
 * the first load; a customer manager's own book; and a database from before the columns.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HoldingDatesTest extends BranchdeskTestSupport {

    private static final Caller HEAD = new Caller("hd.head", "Head", Set.of(Role.CENTER_HEAD));
    private static final Caller CM1 = new Caller("cm1", "CM", Set.of(Role.CUSTOMER_MANAGER));
    private static final LocalDate JAN_15 = LocalDate.of(2027, 1, 15);
    private static final LocalDate MAR_31 = LocalDate.of(2027, 3, 31);
    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);
    private static final LocalDate TO = LocalDate.of(2027, 12, 31);
    /** The sample holdings, with two maturity dates: the first test's import is the branch's first load. */
    private static final String HOLDINGS = "customer_id,category,amount,maturity_date\n"
            + "T001,DEPOSIT,2000000.00," + JAN_15 + "\nT001,TRUST,10000000.00,\n"
            + "T003,DEPOSIT,300000.00,\nT003,FUND,200000.00," + MAR_31 + "\nT003,LOAN,800000.00,\n";

    /** What the first load stored, read right after it (the tests share one database, each imports the file again). */
    private static List<Maturity> maturingAfterFirstLoad;
    private static List<Acquisition> acquiredByFirstLoad;

    private String admin;

    @Before
    public void importTheBranch() {
        admin = admin();
        staff("cm1", "CUSTOMER_MANAGER");
        assertEquals(200, http.post("import/customers", admin, "text/csv", SampleData.customers()).status());
        Http.Reply holdings = http.post("import/holdings", admin, "text/csv", HOLDINGS);
        assertEquals(holdings.toString(), 200, holdings.status());
        if (maturingAfterFirstLoad == null) {
            assertEquals("the first test's import is the first load", 5, holdings.json().get("created").asInt());
            maturingAfterFirstLoad = dates().maturing(FROM, TO, null, HEAD);
            acquiredByFirstLoad = dates().acquisitions(List.of("T001", "T003"), LocalDate.now().minusDays(365), LocalDate.now(), HEAD);
        }
    }

    @Test
    public void theFirstLoadStoresMaturityDatesAndRecordsNoAcquisition() {
        List<Maturity> expected = List.of(new Maturity("T001", ProductCategory.DEPOSIT, new BigDecimal("2000000.00"), JAN_15),
                new Maturity("T003", ProductCategory.FUND, new BigDecimal("200000.00"), MAR_31));
        assertEquals(expected, maturingAfterFirstLoad);
        assertEquals("the first load is where the branch starts, not what it bought", List.of(), acquiredByFirstLoad);
        assertEquals("and a later file with the same rows changes neither", expected, dates().maturing(FROM, TO, null, HEAD));
    }

    @Test
    public void maturingIsInclusiveAndOrderedByDay() {
        assertEquals(List.of(JAN_15), days(dates().maturing(JAN_15, JAN_15, null, HEAD)));
        assertEquals(List.of(MAR_31), days(dates().maturing(JAN_15.plusDays(1), MAR_31, null, HEAD)));
        assertEquals(List.of(), dates().maturing(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, HEAD));
        assertEquals("to", assertThrows(InvalidInputException.class, () -> dates().maturing(TO, FROM, null, HEAD)).field());
        assertEquals("to", assertThrows(InvalidInputException.class, () -> dates().maturing(FROM, FROM.plusDays(366), null, HEAD)).field());
        assertEquals("from", assertThrows(InvalidInputException.class, () -> dates().maturing(null, TO, null, HEAD)).field());
    }

    @Test
    public void aCustomerManagerSeesOnlyTheirOwnCustomersMaturities() {
        // cm1 manages T003 only (SampleData): whatever they ask, they get their own customers'
        assertEquals(List.of("T003"), customers(dates().maturing(FROM, TO, null, CM1)));
        assertEquals(List.of("T003"), customers(dates().maturing(FROM, TO, "cm1", CM1)));
        assertThrows(ForbiddenException.class, () -> dates().maturing(FROM, TO, "cm2", CM1));
        assertEquals("the centre head asks for one manager's book", List.of("T003"), customers(dates().maturing(FROM, TO, "cm1", HEAD)));
        assertEquals(List.of(), dates().maturing(FROM, TO, "cm2", HEAD));
        Caller both = new Caller("cm1", "CM and head", Set.of(Role.CUSTOMER_MANAGER, Role.CENTER_HEAD));
        assertEquals(List.of("T001", "T003"), customers(dates().maturing(FROM, TO, null, both)));
        Caller teller = new Caller("hd.teller", "Teller", Set.of(Role.TELLER));
        assertEquals(List.of("T001", "T003"), customers(dates().maturing(FROM, TO, null, teller)));
    }

    @Test
    public void aLaterFilesRowReplacesOrClearsTheMaturityDate() {
        LocalDate june = LocalDate.of(2027, 6, 30);
        assertEquals(200, http.post("import/holdings", admin, "text/csv", "customer_id,category,amount,maturity_date\n"
                + "T001,DEPOSIT,2000000.00," + june + "\nT003,FUND,200000.00,\n").status());
        assertEquals(List.of(new Maturity("T001", ProductCategory.DEPOSIT, new BigDecimal("2000000.00"), june)),
                dates().maturing(FROM, TO, null, HEAD));
        assertEquals(200, http.post("import/holdings", admin, "text/csv", "customer_id,category,amount\nT001,DEPOSIT,2000000.00\n").status());
        assertEquals("a file without the column clears it too", List.of(), dates().maturing(FROM, TO, null, HEAD));
        Http.Reply bad = http.post("import/holdings", admin, "text/csv", "customer_id,category,amount,maturity_date\nT001,DEPOSIT,1.00,2027-02-30\n");
        assertEquals(bad.toString(), 400, bad.status());
        assertEquals("maturity_date", bad.json().get("errors").get(0).get("field").asText());
        assertEquals(2, bad.json().get("errors").get(0).get("line").asInt());
    }

    @Test
    public void acquisitionsAreWhatALaterImportAdds() {
        LocalDate today = LocalDate.now();
        List<String> all = List.of("T001", "T002", "T003", "T004", "T005", "T006", "T007");
        assertEquals(200, http.post("import/holdings", admin, "text/csv", "customer_id,category,amount\n"
                + "T001,TRUST,10000000.00\nT001,INSURANCE,5000.00\nT003,PRECIOUS_METAL,1000.00\nT003,DEPOSIT,300000.00\n").status());
        List<Acquisition> after = dates().acquisitions(all, today, today, HEAD);
        assertTrue(after.toString(), after.contains(new Acquisition("T001", ProductCategory.INSURANCE, today)));
        assertTrue(after.toString(), after.contains(new Acquisition("T003", ProductCategory.PRECIOUS_METAL, today)));
        assertFalse("a replaced amount is no acquisition: " + after, after.stream().anyMatch(a -> a.category() == ProductCategory.TRUST
                || a.category() == ProductCategory.DEPOSIT));
        assertEquals("another period", List.of(), dates().acquisitions(all, today.minusDays(10), today.minusDays(1), HEAD));
        assertEquals("only the customers asked for", List.of(new Acquisition("T003", ProductCategory.PRECIOUS_METAL, today)),
                dates().acquisitions(List.of("T003", "NOPE"), today, today, HEAD));
        assertEquals("cm1 gets their own customers' only", List.of(new Acquisition("T003", ProductCategory.PRECIOUS_METAL, today)),
                dates().acquisitions(all, today, today, CM1));
        // imported again, the category is held already: it keeps the day it was first seen
        assertEquals(200, http.post("import/holdings", admin, "text/csv", "customer_id,category,amount\nT001,INSURANCE,6000.00\n").status());
        assertTrue(dates().acquisitions(List.of("T001"), today, today, HEAD).contains(new Acquisition("T001", ProductCategory.INSURANCE, today)));
        assertEquals(List.of(), dates().acquisitions(List.of(), today, today, HEAD));
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
            try (Connection db = database();
                    Statement s = db.createStatement()) {
                s.execute("ALTER TABLE BD_HOLDING DROP COLUMN MATURITY_DATE");
                s.execute("ALTER TABLE BD_HOLDING DROP COLUMN FIRST_SEEN");
            }
        } finally {
            customer.start();
        }
        http.awaitHealthy(Duration.ofSeconds(60));
        String head = staff("hd.head2", "CENTER_HEAD");
        Http.Reply holdings = awaitOk(() -> http.get("customers/T003/holdings", head));
        assertTrue(holdings.toString(), holdings.body().contains("{\"category\":\"FUND\",\"amount\":200000.00}"));
        HoldingDates dates = awaitService(HoldingDates.class);
        assertEquals("the old rows have no maturity date", List.of(), dates.maturing(FROM, TO, null, HEAD));
        String csv = "customer_id,category,amount,maturity_date\nT003,FUND,1.00," + MAR_31 + "\n";
        String admin = admin();
        assertEquals(200, awaitOk(() -> http.post("import/holdings", admin, "text/csv", csv)).status());
        assertEquals(List.of(MAR_31), days(dates.maturing(FROM, TO, null, HEAD)));
    }

    private static List<LocalDate> days(List<Maturity> maturities) {
        return maturities.stream().map(Maturity::maturityDate).toList();
    }

    private static List<String> customers(List<Maturity> maturities) {
        return maturities.stream().map(Maturity::customerId).toList();
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

    private HoldingDates dates() {
        return context.getService(context.getServiceReference(HoldingDates.class));
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
