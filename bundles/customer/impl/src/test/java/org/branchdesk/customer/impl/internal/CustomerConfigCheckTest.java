package org.branchdesk.customer.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

public class CustomerConfigCheckTest {

    private final CustomerConfigCheck check = new CustomerConfigCheck();

    @Test
    public void acceptsTheDefaultsAndGoodValuesAsStringsOrTyped() {
        assertEquals(List.of(), check.check(Map.of()));
        assertEquals(List.of(), check.check(Map.of("searchLimit", "1000", "searchesPerMinute", "1", "searchBurst", "5")));
        assertEquals(List.of(), check.check(Map.of("searchesPerMinute", 1_000_000, "searchBurst", 1_000_000)));
        assertEquals(List.of(), check.check(Map.of("fullPhoneRoles", new String[] { "TELLER", " CENTER_HEAD " }, "fullCardRoles", "")));
    }

    @Test
    public void refusesALimitOutOfRangeNamingIt() {
        FieldError e = only(check.check(Map.of("searchBurst", "0")));
        assertEquals("searchBurst", e.field());
        assertTrue(e.message(), e.message().contains("at least 1"));
        assertEquals("searchesPerMinute", only(check.check(Map.of("searchesPerMinute", -5))).field());
        assertEquals("searchLimit", only(check.check(Map.of("searchLimit", "0"))).field());
        assertEquals("searchLimit", only(check.check(Map.of("searchLimit", "1001"))).field());
    }

    @Test
    public void refusesANumberThatIsNotOneNamingIt() {
        FieldError e = only(check.check(Map.of("searchesPerMinute", "thirty")));
        assertEquals("searchesPerMinute", e.field());
        assertTrue(e.message(), e.message().contains("'thirty'"));
    }

    @Test
    public void refusesARoleThatDoesNotExistNamingTheListAndNoClass() {
        FieldError e = only(check.check(Map.of("fullIdNumberRoles", new String[] { "TELLER", "CASHIER" })));
        assertEquals("fullIdNumberRoles", e.field());
        assertTrue(e.message(), e.message().contains("'CASHIER'") && e.message().contains("TELLER"));
        assertTrue(e.message(), !e.message().contains("org.branchdesk"));
    }

    @Test
    public void reportsEveryWrongProperty() {
        List<FieldError> errors = check.check(Map.of("searchBurst", "0", "searchLimit", "0", "fullCardRoles", "NOBODY"));
        assertEquals(List.of("fullCardRoles", "searchLimit", "searchBurst"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    public void theServiceIsMadeByTheSameRules() {
        IllegalArgumentException limits = assertThrows(IllegalArgumentException.class, () -> new SearchLimits(50, 30, 0));
        assertTrue(limits.getMessage(), limits.getMessage().startsWith("searchBurst"));
        IllegalArgumentException roles = assertThrows(IllegalArgumentException.class,
                () -> new Masker(new String[] { "TELLER" }, new String[] { "CASHIER" }, new String[0]));
        assertTrue(roles.getMessage(), roles.getMessage().startsWith("fullPhoneRoles"));
    }

    private static FieldError only(List<FieldError> errors) {
        assertEquals(errors.toString(), 1, errors.size());
        return errors.get(0);
    }
}
