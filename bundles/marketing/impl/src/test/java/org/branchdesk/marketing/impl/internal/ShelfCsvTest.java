package org.branchdesk.marketing.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.branchdesk.customer.api.Segment;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

public class ShelfCsvTest {

    @Test
    public void quotedFieldsLineBreaksAndLinesAsAnEditorCountsThem() {
        List<FieldError> errors = new ArrayList<>();
        List<ShelfCsv.Row> rows = ShelfCsv.read(new StringReader("\uFEFFCode,Name,family,issuer,risk,segments\r\n"
                + "A,\"two\nlines, \"\"quoted\"\"\",funds,own,r2,MID|high\r\n\r\n"
                + "B,plain,funds,AGENCY,R1,\n"), errors);
        assertEquals(List.of(), errors);
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals("two\nlines, \"quoted\"", rows.get(0).input().name());
        assertEquals(List.of(Segment.MID, Segment.HIGH), rows.get(0).input().segments());
        assertEquals("after a two-line record and a blank line", 5, rows.get(1).line());
    }

    @Test
    public void valuesThatDoNotParseAreErrorsOfTheirLine() {
        List<FieldError> errors = new ArrayList<>();
        List<ShelfCsv.Row> rows = ShelfCsv.read(new StringReader("code,name,family,issuer,risk,minimum_amount,sale_from\n"
                + "A,a,funds,OWN,R9,,\nB,b,funds,OWN,R1,lots,\nC,c,funds,OWN,R1,,2027-02-30\nD,d,funds\n"), errors);
        assertEquals(List.of(), rows);
        assertEquals(List.of("2:risk", "3:minimum_amount", "4:sale_from", "5:csv"), errors.stream().map(e -> e.line() + ":" + e.field()).toList());
    }

    @Test
    public void aBadHeaderIsRefusedWhole() {
        try {
            ShelfCsv.read(new StringReader("code,name,code,colour\n"), new ArrayList<>());
            fail();
        } catch (InvalidInputException e) {
            assertEquals(List.of("code", "colour", "family", "issuer", "risk"), e.errors().stream().map(FieldError::field).toList());
        }
        try {
            ShelfCsv.read(new StringReader(""), new ArrayList<>());
            fail();
        } catch (InvalidInputException e) {
            assertEquals("csv", e.field());
        }
    }
}
