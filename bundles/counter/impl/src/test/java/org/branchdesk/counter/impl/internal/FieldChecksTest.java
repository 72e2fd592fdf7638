package org.branchdesk.counter.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.branchdesk.counter.api.AmountUse;
import org.branchdesk.counter.api.FieldKind;
import org.branchdesk.counter.api.FieldSpec;
import org.branchdesk.counter.api.RequestType;
import org.branchdesk.platform.api.InvalidInputException;
import org.junit.Test;

/** The pure rules of the maker's side: field checks, the content key, the business day, descriptors, the configuration. */
public class FieldChecksTest {

    private static RequestType type(String code) {
        return BuiltInTypes.all().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private static String field(RequestType t, Map<String, String> fields, BigDecimal amount, String currency) {
        try {
            FieldChecks.require(t, fields, amount, currency);
            return null;
        } catch (InvalidInputException e) {
            return e.field();
        }
    }

    @Test
    public void fieldsAreCheckedByKindAndNamed() {
        RequestType loss = type("LOSS_REPORT");
        Map<String, String> ok = Map.of("account", " 6222021234 ", "medium", "CARD", "kind", "FORMAL");
        assertEquals("6222021234", FieldChecks.require(loss, ok, null, null).fields().get("account"));
        assertEquals("fields.account", field(loss, Map.of("account", "12a", "medium", "CARD", "kind", "FORMAL"), null, null));
        assertEquals("fields.medium", field(loss, Map.of("account", "6222021234", "medium", "HAT", "kind", "FORMAL"), null, null));
        assertEquals("fields.kind", field(loss, Map.of("account", "6222021234", "medium", "CARD"), null, null));
        assertEquals("fields.extra", field(loss, Map.of("account", "6222021234", "medium", "CARD", "kind", "FORMAL", "extra", "x"), null, null));
        assertEquals("fields.until", field(type("FREEZE"), Map.of("account", "6222021234", "reason", "r", "authority", "a", "until",
                "2026-02-30"), null, null));
        assertEquals("fields.phone", field(type("CUSTOMER_INFO_CHANGE"), Map.of("phone", "12"), null, null));
        assertEquals("fields", field(type("CUSTOMER_INFO_CHANGE"), Map.of("phone", " "), null, null));
        assertNull(field(type("CUSTOMER_INFO_CHANGE"), Map.of("phone", "+8613812345678"), null, null));
        assertEquals("fields.toAccount", field(type("LARGE_TRANSFER"), Map.of("fromAccount", "6222021234", "toAccount", "6222021234",
                "payeeName", "Li"), BigDecimal.TEN, null));
        assertEquals("fields.termMonths", field(type("LOAN"), Map.of("loanType", "CONSUMER", "termMonths", "361", "purpose", "p"),
                BigDecimal.TEN, null));
    }

    @Test
    public void amountsFollowTheTypesUse() {
        RequestType loan = type("LOAN");
        Map<String, String> f = Map.of("loanType", "CONSUMER", "termMonths", "12", "purpose", "car");
        assertEquals("amount", field(loan, f, null, null));
        assertEquals("amount", field(loan, f, BigDecimal.ZERO, null));
        assertEquals("amount", field(loan, f, new BigDecimal("1.001"), null));
        assertNull(field(loan, f, new BigDecimal("1.100"), null));
        assertNull(field(loan, f, FieldChecks.MAX_AMOUNT, null));
        assertEquals("amount", field(loan, f, FieldChecks.MAX_AMOUNT.add(BigDecimal.ONE), null));
        assertEquals("currency", field(loan, f, BigDecimal.TEN, "usd"));
        assertNull(field(loan, f, BigDecimal.TEN, "USD"));
        assertEquals("amount", field(type("INQUIRY_REPLY"), Map.of("subject", "s", "question", "q"), BigDecimal.TEN, null));
        assertEquals("currency", field(type("ACCOUNT_OPENING"), Map.of("accountType", "SAVINGS"), null, "USD"));
    }

    @Test
    public void theContentKeyIgnoresTrailingZerosAndFieldOrderButNotContent() {
        String a = ContentKey.of("LOAN", "T1", new BigDecimal("10.0"), "CNY", Map.of("a", "1", "b", "2"));
        assertEquals(a, ContentKey.of("LOAN", "T1", new BigDecimal("10"), "CNY", Map.of("b", "2", "a", "1")));
        assertNotEquals(a, ContentKey.of("LOAN", "T2", new BigDecimal("10"), "CNY", Map.of("a", "1", "b", "2")));
        assertNotEquals(a, ContentKey.of("LOAN", "T1", new BigDecimal("10"), "USD", Map.of("a", "1", "b", "2")));
        assertEquals(64, a.length());
    }

    @Test
    public void aRequestExpiresAtTheFirstEndOfABusinessDayAfterItsSubmission() {
        ZoneId z = ZoneId.of("Asia/Shanghai");
        Instant morning = Instant.parse("2026-12-02T01:00:00Z"); // 09:00 in Shanghai
        assertEquals(Instant.parse("2026-12-02T16:00:00Z"), BusinessDay.expiry(morning, z, 1440));
        assertEquals(Instant.parse("2026-12-02T09:30:00Z"), BusinessDay.expiry(morning, z, 17 * 60 + 30));
        Instant evening = Instant.parse("2026-12-02T10:00:00Z"); // 18:00
        assertEquals(Instant.parse("2026-12-03T09:30:00Z"), BusinessDay.expiry(evening, z, 17 * 60 + 30));
    }

    @Test
    public void malformedDescriptorsAreNamed() {
        assertNull(TypeRegistry.problem(type("LOAN")));
        BuiltInTypes.all().forEach(t -> assertNull(t.code(), TypeRegistry.problem(t)));
        assertTrue(TypeRegistry.problem(new BuiltInTypes.Type("x", "t", AmountUse.NONE, List.of(), false, f -> List.of())).contains("code"));
        assertTrue(TypeRegistry.problem(new BuiltInTypes.Type("ABC", "t", AmountUse.NONE, List.of(FieldSpec.required("a", "A", FieldKind.TEXT),
                FieldSpec.required("a", "A", FieldKind.TEXT)), false, f -> List.of())).contains("twice"));
        assertTrue(TypeRegistry.problem(new BuiltInTypes.Type("ABC", "t", AmountUse.NONE, List.of(new FieldSpec("c", "C", FieldKind.CHOICE,
                true, 0, List.of())), false, f -> List.of())).contains("choices"));
        assertTrue(TypeRegistry.problem(new BuiltInTypes.Type("ABC", " ", AmountUse.NONE, List.of(), false, f -> List.of())).contains("title"));
    }

    @Test
    public void theConfigurationCheckNamesTheAttribute() {
        assertTrue(RequestsConfigCheck.errors("24:00", "60").isEmpty());
        assertTrue(RequestsConfigCheck.errors("17:30", "1").isEmpty());
        assertEquals("businessDayEnd", RequestsConfigCheck.errors("00:00", "60").get(0).field());
        assertEquals("businessDayEnd", RequestsConfigCheck.errors("24:01", "60").get(0).field());
        assertEquals("businessDayEnd", RequestsConfigCheck.errors("5pm", "60").get(0).field());
        assertEquals("expiryCheckSeconds", RequestsConfigCheck.errors("24:00", "0").get(0).field());
        assertEquals(1440, RequestsConfigCheck.minutes("24:00"));
        try {
            RequestsConfigCheck.minutes(null);
        } catch (RuntimeException e) {
            fail("a missing value is refused, not thrown");
        }
    }
}
