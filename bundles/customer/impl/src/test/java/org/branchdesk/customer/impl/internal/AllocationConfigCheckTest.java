package org.branchdesk.customer.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

public class AllocationConfigCheckTest {

    private final AllocationConfigCheck check = new AllocationConfigCheck();

    @Test
    public void acceptsTheDefaultsAndGoodValues() {
        assertEquals(List.of(), check.check(Map.of()));
        assertEquals(List.of(), check.check(Map.of("order", new String[] { "LEAST_LOADED" }, "levels", "PRIVATE=PRINCIPAL",
                "defaultCapacity", "0")));
        assertEquals(List.of(), check.check(Map.of("order", List.of("MY_HINT", " LEAST_LOADED "), "levels", new String[0],
                "defaultCapacity", 1000)));
    }

    @Test
    public void refusesABadRuleNameADuplicateOrNoRuleNamingOrder() {
        assertEquals("order", only(check.check(Map.of("order", "least loaded"))).field());
        FieldError twice = only(check.check(Map.of("order", new String[] { "LEAST_LOADED", "LEAST_LOADED" })));
        assertTrue(twice.message(), twice.message().contains("twice"));
        assertEquals("order", only(check.check(Map.of("order", new String[0]))).field());
    }

    @Test
    public void refusesALevelLineThatIsNotAPremiumSegmentAndALevel() {
        FieldError level = only(check.check(Map.of("levels", "PRIVATE=BOSS")));
        assertEquals("levels", level.field());
        assertTrue(level.message(), level.message().contains("'BOSS'") && level.message().contains("SENIOR"));
        FieldError notPremium = only(check.check(Map.of("levels", "ORDINARY=MANAGER")));
        assertTrue(notPremium.message(), notPremium.message().contains("not a premium segment"));
        assertEquals("levels", only(check.check(Map.of("levels", "PRIVATE"))).field());
        assertEquals("levels", only(check.check(Map.of("levels", new String[] { "MID=MANAGER", "MID=SENIOR" }))).field());
        assertFalse(only(check.check(Map.of("levels", "VIP=SENIOR"))).message().contains("org.branchdesk"));
    }

    @Test
    public void refusesACapacityBelowZeroOrNotANumber() {
        assertEquals("defaultCapacity", only(check.check(Map.of("defaultCapacity", "-1"))).field());
        assertEquals("defaultCapacity", only(check.check(Map.of("defaultCapacity", "many"))).field());
    }

    private static FieldError only(List<FieldError> errors) {
        assertEquals(errors.toString(), 1, errors.size());
        return errors.get(0);
    }
}
