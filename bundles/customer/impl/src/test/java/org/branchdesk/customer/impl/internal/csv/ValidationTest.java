package org.branchdesk.customer.impl.internal.csv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.branchdesk.customer.api.IdType;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.api.TextRules;
import org.junit.Test;

/** The rules as the JSON path uses them: its own field names, no line. */
public class ValidationTest {

    private final List<FieldError> errors = new ArrayList<>();
    private final Validation v = new Validation(errors, null);

    @Test
    public void theResidentIdCheckCharacterFollowsIso7064Mod112() {
        assertEquals('X', Validation.checkCharacter("11010519491231002"));
        assertEquals('4', Validation.checkCharacter("44052418800101001"));
        assertEquals("11010519491231002X", v.idNumber("idNumber", IdType.RESIDENT_ID, " 11010519491231002x "));
        assertEquals("440524188001010014", v.idNumber("idNumber", IdType.RESIDENT_ID, "440524188001010014"));
        assertEquals(List.of(), errors);
    }

    @Test
    public void aResidentIdWithAWrongShapeOrCheckCharacterIsRefused() {
        for (String bad : new String[] { "110105194912310021", "11010519491231002", "1101051949123100211",
                "11010519491231002Y", "X10105194912310021" }) {
            assertNull(bad, v.idNumber("idNumber", IdType.RESIDENT_ID, bad));
        }
        assertEquals(5, errors.size());
        assertTrue(errors.stream().allMatch(e -> e.field().equals("idNumber") && e.line() == null));
    }

    @Test
    public void otherDocumentsAreFiveToThirtyLettersAndDigits() {
        assertEquals("E12345678", v.idNumber("idNumber", IdType.PASSPORT, "e12345678"));
        assertEquals("H1234", v.idNumber("idNumber", IdType.HK_MACAO_PERMIT, "H1234"));
        assertNull(v.idNumber("idNumber", IdType.PASSPORT, "E123"));
        assertNull(v.idNumber("idNumber", IdType.OTHER, "E-1234567"));
        assertNull(v.idNumber("idNumber", IdType.OTHER, "A".repeat(31)));
        assertNull(v.idNumber("idNumber", IdType.OTHER, " "));
        assertEquals(4, errors.size());
    }

    @Test
    public void phonesAreMobileOrLandline() {
        for (String ok : new String[] { "13800138000", "19912345678", "010-62751234", "01062751234", "0755-1234567",
                "0571-87654321" }) {
            assertEquals(ok, v.phone("phone", ok));
        }
        assertNull(v.phone("phone", ""));
        for (String bad : new String[] { "12800138000", "1380013800", "138001380001", "+8613800138000", "62751234",
                "010-123456", "010 62751234" }) {
            assertNull(bad, v.phone("phone", bad));
        }
        assertEquals(7, errors.size());
    }

    @Test
    public void cardsHaveTwelveToNineteenDigits() {
        assertEquals("622202100000", v.card("cardNumbers[0]", "622202100000"));
        assertEquals("6222021000000000011", v.card("cardNumbers[0]", " 6222021000000000011 "));
        assertNull(v.card("cardNumbers[1]", "62220210000"));
        assertNull(v.card("cardNumbers[2]", "62220210000000000111"));
        assertNull(v.card("cardNumbers[3]", "6222-0210-0000-0000"));
        assertNull(v.card("cardNumbers[4]", null));
        assertEquals(List.of("cardNumbers[1]", "cardNumbers[2]", "cardNumbers[3]", "cardNumbers[4]"),
                errors.stream().map(FieldError::field).toList());
    }

    @Test
    public void amountsAreNotNegativeWithAtMostTwoDecimals() {
        assertEquals(new BigDecimal("150000.00"), v.amount("otherBankAssets", new BigDecimal("150000")));
        assertEquals(new BigDecimal("1.20"), v.amount("otherBankAssets", new BigDecimal("1.200")));
        assertEquals(new BigDecimal("1000.00"), v.amount("otherBankAssets", new BigDecimal("1E+3")));
        assertEquals(new BigDecimal("0.00"), v.amount("otherBankAssets", BigDecimal.ZERO));
        assertNull(v.amount("otherBankAssets", (BigDecimal) null));
        assertEquals(List.of(), errors);
        assertNull(v.amount("otherBankAssets", new BigDecimal("-0.01")));
        assertNull(v.amount("otherBankAssets", new BigDecimal("0.001")));
        assertNull(v.amount("otherBankAssets", new BigDecimal("1E+17")));
        assertEquals(List.of("must not be negative", "has more than 2 decimals", "is too large"),
                errors.stream().map(FieldError::message).toList());
    }

    @Test
    public void amountsAsTextArePlainDecimals() {
        assertEquals(new BigDecimal("12.50"), v.amount("amount", " 12.5 ", true));
        assertNull(v.amount("amount", "", false));
        assertEquals(List.of(), errors);
        for (String bad : new String[] { "1e3", "+5", ".5", "5.", "1,000", "ten", "¥5" }) {
            assertNull(bad, v.amount("amount", bad, true));
        }
        assertNull(v.amount("amount", null, true));
        assertEquals(8, errors.size());
        assertEquals("is required", errors.get(7).message());
    }

    @Test
    public void textIsTrimmedOnOneLineAndMeasuredAsTheDatabaseCounts() {
        assertEquals("王小明", v.text("name", " 王小明 ", true, 3));
        // outside the BMP: two UTF-16 units each, as a Derby VARCHAR counts them
        assertEquals("𠀀𠀀", v.text("name", "𠀀𠀀", true, 4));
        assertNull(v.text("name", "😀".repeat(60), true, 100));
        errors.clear();
        assertNull(v.text("occupation", "  ", false, 100));
        assertEquals(List.of(), errors);
        assertNull(v.text("name", null, true, 100));
        assertNull(v.text("name", "abcd", true, 3));
        assertNull(v.text("name", "two\nlines", true, 100));
        assertEquals(List.of("is required", TextRules.tooLong(3),
                "must not contain line breaks, tabs or other control characters"),
                errors.stream().map(FieldError::message).toList());
    }

    @Test
    public void customerIdsAndUsernames() {
        assertEquals("C-0001_a", v.customerId("id", "C-0001_a"));
        assertEquals("cm1", v.username("manager", "cm1"));
        assertNull(v.username("manager", null));
        assertEquals(List.of(), errors);
        assertNull(v.customerId("id", "C 1"));
        assertNull(v.customerId("id", "C".repeat(33)));
        assertNull(v.customerId("id", null));
        assertNull(v.username("manager", "CM1"));
        assertNull(v.username("manager", "ab"));
        assertEquals(List.of("id", "id", "id", "manager", "manager"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    public void datesAreIsoAndBirthDatesNotInTheFuture() {
        assertEquals(LocalDate.of(2026, 7, 1), v.date("date", "2026-07-01", true));
        assertEquals(LocalDate.now(), v.birthDate("birthDate", LocalDate.now()));
        assertEquals(List.of(), errors);
        assertNull(v.date("date", "2026-7-1", true));
        assertNull(v.date("date", "2026-02-30", true));
        assertNull(v.date("date", "01/07/2026", true));
        assertNull(v.date("date", "+999999999-12-31", true));
        assertNull(v.date("date", "2201-01-01", true));
        assertNull(v.birthDate("birthDate", LocalDate.now().plusDays(1)));
        assertNull(v.birthDate("birthDate", LocalDate.of(1899, 12, 31)));
        assertEquals(List.of("date", "date", "date", "date", "date", "birthDate", "birthDate"),
                errors.stream().map(FieldError::field).toList());
    }

    @Test
    public void enumsIgnoreCaseAndTheErrorListsTheNames() {
        assertEquals(IdType.PASSPORT, v.oneOf("idType", IdType.class, " passport ", true));
        assertNull(v.oneOf("idType", IdType.class, null, false));
        assertNull(v.oneOf("idType", IdType.class, "DRIVING_LICENCE", true));
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT"));
    }
}
