package org.branchdesk.customer.impl.internal.csv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

public class CsvReaderTest {

    private static final Set<String> REQUIRED = Set.of("a", "b");
    private static final Set<String> OPTIONAL = Set.of("c");

    /** The whole file's rows, or its errors thrown. */
    private static List<CsvRow> read(String csv) {
        List<FieldError> errors = new ArrayList<>();
        CsvReader reader = CsvReader.open(new StringReader(csv), REQUIRED, OPTIONAL, errors);
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRow row; errors.size() < CsvReader.MAX_ERRORS && (row = reader.next()) != null;) {
            rows.add(row);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return rows;
    }

    private static List<FieldError> errors(String csv) {
        return assertThrows(InvalidInputException.class, () -> read(csv)).errors();
    }

    @Test
    public void columnsComeInAnyOrderAndTheirNamesIgnoreCase() {
        List<CsvRow> rows = read("B, A ,c\n2,1,3\n");
        assertEquals("1", rows.get(0).get("a"));
        assertEquals("2", rows.get(0).get("b"));
        assertEquals("3", rows.get(0).get("c"));
        assertEquals(2, rows.get(0).line());
    }

    @Test
    public void anOptionalColumnMayBeAbsentAndValuesAreTrimmedOrNull() {
        CsvRow row = read("a,b\n x ,\n").get(0);
        assertEquals("x", row.get("a"));
        assertNull(row.get("b"));
        assertNull(row.get("c"));
    }

    @Test
    public void quotedValuesHoldCommasAndDoubledQuotes() {
        CsvRow row = read("a,b,c\n\"Wang, \"\"Xiao\"\" Ming\",\"\",\"plain\"\n").get(0);
        assertEquals("Wang, \"Xiao\" Ming", row.get("a"));
        assertNull(row.get("b"));
        assertEquals("plain", row.get("c"));
    }

    @Test
    public void aQuotedLineBreakKeepsTheRowOnItsFirstLineAndCountsForTheNext() {
        List<CsvRow> rows = read("a,b\n1,\"two\nlines\"\n2,\"three\r\nmore\r\nlines\"\n3,x\n");
        assertEquals(2, rows.get(0).line());
        assertEquals("two\nlines", rows.get(0).get("b"));
        assertEquals(4, rows.get(1).line());
        assertEquals("CRLF inside quotes becomes LF", "three\nmore\nlines", rows.get(1).get("b"));
        assertEquals(7, rows.get(2).line());
    }

    @Test
    public void aByteOrderMarkIsIgnored() {
        List<CsvRow> rows = read("\uFEFFa,b\n1,2\n");
        assertEquals("1", rows.get(0).get("a"));
    }

    @Test
    public void crlfAndLfMayMixAndTheLastLineNeedsNoBreak() {
        List<CsvRow> rows = read("a,b\r\n1,2\r\n3,4\n5,6");
        assertEquals(List.of("2", "4", "6"), rows.stream().map(r -> r.get("b")).toList());
        assertEquals(List.of(2, 3, 4), rows.stream().map(CsvRow::line).toList());
    }

    @Test
    public void blankLinesAreSkippedButCounted() {
        List<CsvRow> rows = read("\n\na,b\r\n\r\n1,2\n   \n\n3,4\n\n");
        assertEquals(List.of(5, 8), rows.stream().map(CsvRow::line).toList());
    }

    @Test
    public void aFileWithOnlyAHeaderHasNoRows() {
        assertEquals(List.of(), read("a,b\n"));
    }

    @Test
    public void anEmptyFileNeedsAHeader() {
        for (String empty : new String[] { "", "\uFEFF", "\n\r\n  \n" }) {
            FieldError e = errors(empty).get(0);
            assertEquals("csv", e.field());
            assertEquals(Integer.valueOf(1), e.line());
        }
    }

    @Test
    public void unknownMissingAndRepeatedColumnsAreNamed() {
        List<FieldError> errors = errors("a,bb,A,\n1,2,3,4\n");
        assertTrue(errors.toString(), errors.contains(new FieldError("bb", errors.get(0).message(), 1)));
        assertTrue(errors.get(0).message().contains("allowed: "));
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("a") && e.message().contains("twice")));
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("csv") && e.message().contains("no name")));
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("b") && e.message().contains("missing") && e.line() == 1));
    }

    @Test
    public void everyRowWithTheWrongNumberOfFieldsIsReported() {
        List<FieldError> errors = errors("a,b\n1\n1,2\n1,2,3\n");
        assertEquals(List.of(new FieldError("csv", "1 fields where the header has 2", 2),
                new FieldError("csv", "3 fields where the header has 2", 4)), errors);
    }

    @Test
    public void anUnterminatedQuoteIsReportedOnTheLineItsRowStarts() {
        List<FieldError> errors = errors("a,b\n1,2\n3,\"never\nclosed\n5,6\n");
        FieldError e = errors.get(errors.size() - 1);
        assertEquals("csv", e.field());
        assertEquals(Integer.valueOf(3), e.line());
        assertTrue(e.message().contains("never closed"));
    }

    @Test
    public void anUnterminatedQuoteInTheHeaderIsNotAnEmptyFile() {
        assertTrue(errors("a,\"b\n1,2\n").get(0).message().contains("never closed"));
    }

    @Test
    public void textAfterAClosingQuoteNamesTheColumn() {
        FieldError e = errors("a,b\n1,\"x\"y\n").get(0);
        assertEquals("b", e.field());
        assertEquals(Integer.valueOf(2), e.line());
    }

    @Test
    public void errorsStopAtAHundred() {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 150; i++) {
            csv.append("only-one\n");
        }
        assertEquals(100, errors(csv.toString()).size());
    }
}
