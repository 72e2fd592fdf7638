package org.branchdesk.customer.impl.internal.csv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.branchdesk.customer.api.Education;
import org.branchdesk.customer.api.IdType;
import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

public class CsvFilesTest {

    private static final String HEADER = "customer_id,name,id_type,id_number,phone,card_numbers,education\n";
    private static final String GOOD_ID = "11010519491231002X";

    private static InvalidInputException fails(Runnable r) {
        return assertThrows(InvalidInputException.class, r::run);
    }

    @Test
    public void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        String csv = "\uFEFFCustomer_ID,Name,ID_TYPE,id_number\r\n"
                + "C1,\"Wang, \"\"Xiao\"\" Ming\",RESIDENT_ID," + GOOD_ID + "\r\n"
                + "\r\n"
                + "C2,\"two\nlines\",PASSPORT,E1234567\n";
        List<CustomerRow> rows = CsvFiles.customers(new StringReader(csv));
        assertEquals("Wang, \"Xiao\" Ming", rows.get(0).name());
        assertEquals(2, rows.get(0).line());
        assertEquals("two\nlines", rows.get(1).name());
        assertEquals(4, rows.get(1).line());
        assertEquals(Education.UNKNOWN, rows.get(1).education());
    }

    @Test
    public void aResidentIdMustCarryItsCheckCharacter() {
        assertEquals(GOOD_ID, CsvFiles.customers(new StringReader(HEADER + "C1,A,RESIDENT_ID," + GOOD_ID.toLowerCase() + ",,,\n"))
                .get(0).idNumber());
        FieldError e = fails(() -> CsvFiles.customers(new StringReader(HEADER + "C1,A,RESIDENT_ID,110105194912310021,,,\n")))
                .errors().get(0);
        assertEquals("id_number", e.field());
        assertEquals(Integer.valueOf(2), e.line());
    }

    @Test
    public void everyBadValueIsReportedWithItsLineAndColumn() {
        String csv = HEADER
                + "C1,A,RESIDENT_ID," + GOOD_ID + ",12345,,\n"
                + "C2,B,DRIVING_LICENCE,X12345,,,\n"
                + "C3,C,PASSPORT,E1234567,,123,GENIUS\n"
                + "C3,,PASSPORT,E7654321,,,\n";
        List<FieldError> errors = fails(() -> CsvFiles.customers(new StringReader(csv))).errors();
        assertTrue(errors.toString(), errors.contains(new FieldError("phone", errors.get(0).message(), 2)));
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("id_type") && e.line() == 3 && e.message().contains("PASSPORT")));
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("card_numbers") && e.line() == 4));
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("education") && e.line() == 4));
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("name") && e.line() == 5));
        assertTrue("duplicate id on the later line",
                errors.stream().anyMatch(e -> e.field().equals("customer_id") && e.line() == 5 && e.message().contains("line 4")));
    }

    @Test
    public void unknownAndMissingColumnsAreRefused() {
        List<FieldError> errors = fails(() -> CsvFiles.holdings(new StringReader("customer_id,category,amout\n"))).errors();
        assertTrue(errors.toString(), errors.stream().anyMatch(e -> e.field().equals("amout")));
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("amount") && e.message().contains("missing")));
    }

    @Test
    public void malformedCsvIsAnErrorWithALine() {
        FieldError unterminated = fails(() -> CsvFiles.balances(new StringReader("customer_id,date,balance\nC1,\"2026-07-01,5\n")))
                .errors().get(0);
        assertEquals(Integer.valueOf(2), unterminated.line());
        FieldError wrongCount = fails(() -> CsvFiles.balances(new StringReader("customer_id,date,balance\nC1,2026-07-01\n")))
                .errors().get(0);
        assertEquals("csv", wrongCount.field());
        assertEquals("csv", fails(() -> CsvFiles.balances(new StringReader(""))).field());
    }

    @Test
    public void amountsAreNonNegativeWithTwoDecimals() {
        List<HoldingRow> ok = CsvFiles.holdings(new StringReader("customer_id,category,amount\nC1,fund,12.5\n"));
        assertEquals(ProductCategory.FUND, ok.get(0).category());
        assertEquals(new BigDecimal("12.50"), ok.get(0).amount());
        List<FieldError> errors = fails(() -> CsvFiles.holdings(new StringReader(
                "customer_id,category,amount\nC1,FUND,-1\nC1,BOND,1.234\nC1,STOCK,ten\nC1,STOCK,5\n"))).errors();
        assertEquals(List.of(2, 3, 4, 5), errors.stream().map(FieldError::line).toList());
    }

    @Test
    public void balancesNeedADateAndAreUniquePerDay() {
        List<FieldError> errors = fails(() -> CsvFiles.balances(new StringReader(
                "customer_id,date,balance\nC1,2026-07-01,5\nC1,2026-07-01,6\nC1,07/02/2026,6\n"))).errors();
        assertEquals("date", errors.get(0).field());
        assertEquals(Integer.valueOf(3), errors.get(0).line());
        assertEquals(Integer.valueOf(4), errors.get(1).line());
    }

    @Test
    public void theSampleFilesOfTheReadmeParse() throws IOException {
        Path samples = Path.of(System.getProperty("branchdesk.root", "../../.."), "sample-data");
        try (Reader customers = Files.newBufferedReader(samples.resolve("customers.csv"), StandardCharsets.UTF_8);
                Reader holdings = Files.newBufferedReader(samples.resolve("holdings.csv"), StandardCharsets.UTF_8);
                Reader balances = Files.newBufferedReader(samples.resolve("balances.csv"), StandardCharsets.UTF_8)) {
            List<CustomerRow> rows = CsvFiles.customers(customers);
            assertEquals(12, rows.size());
            assertEquals(IdType.RESIDENT_ID, rows.get(0).idType());
            assertEquals(21, CsvFiles.holdings(holdings).size());
            assertEquals(12 * 92, CsvFiles.balances(balances).size());
        }
    }
}
