package org.branchdesk.customer.impl.internal.csv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.branchdesk.customer.api.Education;
import org.branchdesk.customer.api.IdType;
import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

public class CsvFilesTest {

    private static final String HEADER = "customer_id,name,id_type,id_number,phone,birth_date,education,occupation,card_numbers,"
            + "other_bank_assets,manager\n";
    private static final String ID_1 = "11010519491231002X";
    private static final String ID_2 = "440524188001010014";

    private static List<FieldError> errors(Function<StringReader, ?> parser, String csv) {
        return assertThrows(InvalidInputException.class, () -> parser.apply(new StringReader(csv))).errors();
    }

    /** The only error of a one-row customers file whose row is {@code row}. */
    private static FieldError customerError(String row) {
        List<FieldError> errors = errors(CsvFiles::customers, HEADER + row + "\n");
        assertEquals(errors.toString(), 1, errors.size());
        assertEquals(Integer.valueOf(2), errors.get(0).line());
        return errors.get(0);
    }

    private static void assertFieldError(String field, String messagePart, FieldError e) {
        assertEquals(e.toString(), field, e.field());
        assertTrue(e.toString(), e.message().contains(messagePart));
    }

    @Test
    public void aGoodCustomersFileWithEveryColumn() {
        List<CustomerRow> rows = CsvFiles.customers(new StringReader(HEADER
                + "C1,\"Wang, Xiao Ming\",resident_id,11010519491231002x,13800138000,1949-12-31,bachelor,engineer,"
                + "6222021000000000011; 622202100000 ,150000.5,cm1\n"
                + "C2,Li,PASSPORT,e1234567,,,,,,,\n"));
        CustomerRow full = rows.get(0);
        assertEquals(new CustomerRow(2, "C1", "Wang, Xiao Ming", IdType.RESIDENT_ID, ID_1, "13800138000",
                LocalDate.of(1949, 12, 31), Education.BACHELOR, "engineer", List.of("6222021000000000011", "622202100000"),
                new BigDecimal("150000.50"), "cm1"), full);
        assertEquals(new CustomerRow(3, "C2", "Li", IdType.PASSPORT, "E1234567", null, null, Education.UNKNOWN, null, List.of(),
                null, null), rows.get(1));
    }

    @Test
    public void onlyTheFourIdentifyingColumnsAreRequired() {
        List<CustomerRow> rows = CsvFiles.customers(new StringReader("ID_NUMBER,Name,Customer_Id,id_type\n" + ID_1 + ",A,C1,"
                + "RESIDENT_ID\n"));
        assertEquals("C1", rows.get(0).id());
        List<FieldError> errors = errors(CsvFiles::customers, "customer_id,name,id_type\n");
        assertEquals(List.of(new FieldError("id_number", "required column is missing", 1)), errors);
    }

    @Test
    public void eachBadCustomerValueNamesItsColumn() {
        assertFieldError("customer_id", "letters, digits", customerError("C 1,A,RESIDENT_ID," + ID_1 + ",,,,,,,"));
        assertFieldError("customer_id", "required", customerError(",A,RESIDENT_ID," + ID_1 + ",,,,,,,"));
        assertFieldError("name", "required", customerError("C1,,RESIDENT_ID," + ID_1 + ",,,,,,,"));
        assertFieldError("name", "longer than 100", customerError("C1," + "x".repeat(101) + ",RESIDENT_ID," + ID_1 + ",,,,,,,"));
        assertFieldError("id_type", "RESIDENT_ID, PASSPORT", customerError("C1,A,DRIVING_LICENCE,X12345,,,,,,,"));
        assertFieldError("id_type", "required", customerError("C1,A,,X12345,,,,,,,"));
        assertFieldError("id_number", "required", customerError("C1,A,PASSPORT,,,,,,,,"));
        assertFieldError("id_number", "check character", customerError("C1,A,RESIDENT_ID,110105194912310021,,,,,,,"));
        assertFieldError("id_number", "17 digits", customerError("C1,A,RESIDENT_ID,1101051949123100,,,,,,,"));
        assertFieldError("id_number", "5 to 30", customerError("C1,A,PASSPORT,E12,,,,,,,"));
        assertFieldError("phone", "mobile", customerError("C1,A,PASSPORT,E1234567,12345,,,,,,"));
        assertFieldError("birth_date", "2026-07-01", customerError("C1,A,PASSPORT,E1234567,,31/12/1949,,,,,"));
        assertFieldError("birth_date", "future",
                customerError("C1,A,PASSPORT,E1234567,," + LocalDate.now().plusDays(1) + ",,,,,"));
        assertFieldError("education", "JUNIOR_COLLEGE", customerError("C1,A,PASSPORT,E1234567,,,GENIUS,,,,"));
        assertFieldError("occupation", "longer than 100", customerError("C1,A,PASSPORT,E1234567,,,,"
                + "y".repeat(101) + ",,,"));
        assertFieldError("card_numbers", "12 to 19", customerError("C1,A,PASSPORT,E1234567,,,,,6222021000000000011;123,,"));
        assertFieldError("other_bank_assets", "negative", customerError("C1,A,PASSPORT,E1234567,,,,,,-1,"));
        assertFieldError("other_bank_assets", "2 decimals", customerError("C1,A,PASSPORT,E1234567,,,,,,1.001,"));
        assertFieldError("other_bank_assets", "amount", customerError("C1,A,PASSPORT,E1234567,,,,,,lots,"));
        assertFieldError("manager", "username", customerError("C1,A,PASSPORT,E1234567,,,,,,,Wang Wei"));
    }

    @Test
    public void everyErrorOfTheFileIsReportedWithItsLine() {
        String csv = HEADER
                + "C1,A,RESIDENT_ID," + ID_1 + ",12345,,,,,,\n"
                + "C2,B,DRIVING_LICENCE,X12345,,,,,,,\n"
                + "\n"
                + "C3,C,PASSPORT,E1234567,,,GENIUS,,123,-5,\n"
                + "C4,\"two\nlines\",PASSPORT,E7654321,,,,,,,\n"
                + "C5,E,PASSPORT,E7654322,,,,,,,\n";
        List<FieldError> errors = errors(CsvFiles::customers, csv);
        assertEquals(List.of("phone@2", "id_type@3", "education@5", "card_numbers@5", "other_bank_assets@5", "name@6"),
                errors.stream().map(e -> e.field() + "@" + e.line()).toList());
    }

    @Test
    public void duplicatesWithinTheFileAreErrorsOnTheLaterLine() {
        String csv = HEADER
                + "C1,A,RESIDENT_ID," + ID_1 + ",,,,,6222021000000000011,,\n"
                + "C1,B,RESIDENT_ID," + ID_2 + ",,,,,,,\n"
                + "C3,C,RESIDENT_ID," + ID_1.toLowerCase() + ",,,,,,,\n"
                + "C4,D,PASSPORT," + ID_1 + ",,,,,6222021000000000011,,\n";
        List<FieldError> errors = errors(CsvFiles::customers, csv);
        assertEquals(List.of(new FieldError("customer_id", "the same customer is already on line 2", 3),
                new FieldError("id_number", "the same identity document is already on line 2", 4),
                new FieldError("card_numbers", "the same card 6222021000000000011 is already on line 2", 5)), errors);
    }

    @Test
    public void aBadValueIsNotAlsoReportedAsADuplicate() {
        List<FieldError> errors = errors(CsvFiles::balances, "customer_id,date,balance\nC 1,2026-07-01,5\nC 2,2026-07-01,6\n");
        assertEquals(List.of("customer_id@2", "customer_id@3"), errors.stream().map(e -> e.field() + "@" + e.line()).toList());
    }

    @Test
    public void errorsStopAtAHundred() {
        StringBuilder csv = new StringBuilder("customer_id,category,amount\n");
        for (int i = 0; i < 80; i++) {
            csv.append("C").append(i).append(",GOLD,-1\n");
        }
        assertEquals(100, errors(CsvFiles::holdings, csv.toString()).size());
    }

    @Test
    public void aGoodHoldingsFile() {
        List<HoldingRow> rows = CsvFiles.holdings(new StringReader("amount,customer_id,category\n12.5,C1,fund\n900000,C1,LOAN\n"));
        assertEquals(List.of(new HoldingRow(2, "C1", ProductCategory.FUND, new BigDecimal("12.50"), null),
                new HoldingRow(3, "C1", ProductCategory.LOAN, new BigDecimal("900000.00"), null)), rows);
    }

    @Test
    public void theMaturityDateIsOptionalPerRow() {
        List<HoldingRow> rows = CsvFiles.holdings(new StringReader("customer_id,category,amount,maturity_date\n"
                + "C1,WEALTH_PRODUCT,50000,2027-03-31\nC1,DEPOSIT,10,\n"));
        assertEquals(LocalDate.of(2027, 3, 31), rows.get(0).maturityDate());
        assertEquals(null, rows.get(1).maturityDate());
    }

    @Test
    public void aBadMaturityDateNamesItsColumnAndLine() {
        List<FieldError> errors = errors(CsvFiles::holdings, "customer_id,category,amount,maturity_date\n"
                + "C1,FUND,1,2027-02-30\n"
                + "C1,BOND,1,31/03/2027\n"
                + "C1,TRUST,1,2201-01-01\n"
                + "C1,STOCK,1,1899-12-31\n"
                + "C1,DEPOSIT,1,2200-12-31\n");
        assertEquals(List.of("maturity_date@2", "maturity_date@3", "maturity_date@4", "maturity_date@5"),
                errors.stream().map(e -> e.field() + "@" + e.line()).toList());
    }

    @Test
    public void badHoldings() {
        List<FieldError> errors = errors(CsvFiles::holdings, "customer_id,category,amount\n"
                + "C1,FUND,-1\n"
                + "C1,BOND,1.234\n"
                + "C1,STOCK,ten\n"
                + "C1,GOLD,5\n"
                + ",DEPOSIT,5\n"
                + "C1,DEPOSIT,\n"
                + "C2,FUND,1\n"
                + "C2,fund,2\n");
        assertEquals(List.of("amount@2", "amount@3", "amount@4", "category@5", "customer_id@6", "amount@7", "category@9"),
                errors.stream().map(e -> e.field() + "@" + e.line()).toList());
        assertTrue(errors.get(3).message().contains("PRECIOUS_METAL"));
        assertTrue(errors.get(6).message().contains("line 8"));
    }

    @Test
    public void aGoodBalancesFile() {
        List<BalanceRow> rows = CsvFiles.balances(new StringReader("customer_id,date,balance\r\nC1,2026-07-01,0\r\n"
                + "C1,2026-07-02,1000000.01\r\n"));
        assertEquals(List.of(new BalanceRow(2, "C1", LocalDate.of(2026, 7, 1), new BigDecimal("0.00")),
                new BalanceRow(3, "C1", LocalDate.of(2026, 7, 2), new BigDecimal("1000000.01"))), rows);
    }

    @Test
    public void badBalances() {
        List<FieldError> errors = errors(CsvFiles::balances, "customer_id,date,balance\n"
                + "C1,2026-07-01,5\n"
                + "C1,2026-07-01,6\n"
                + "C1,07/02/2026,6\n"
                + "C1,,6\n"
                + "C1,2026-07-03,-0.01\n"
                + "C2,2026-07-01,1e6\n");
        assertEquals(List.of("date@3", "date@4", "date@5", "balance@6", "balance@7"),
                errors.stream().map(e -> e.field() + "@" + e.line()).toList());
        assertTrue(errors.get(0).message().contains("line 2"));
    }

    @Test
    public void malformedCsvReachesTheCaller() {
        FieldError e = errors(CsvFiles::balances, "customer_id,date,balance\nC1,\"2026-07-01,5\n").get(0);
        assertEquals(new FieldError("csv", e.message(), 2), e);
        assertEquals("csv", errors(CsvFiles::customers, "").get(0).field());
    }
}
