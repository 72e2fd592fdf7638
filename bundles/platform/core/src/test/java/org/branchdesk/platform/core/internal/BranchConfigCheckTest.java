package org.branchdesk.platform.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.BranchTier;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

public class BranchConfigCheckTest {

    private final BranchConfigCheck check = new BranchConfigCheck();

    @Test
    public void knownTiersInEitherSpellingAndNoTierPass() {
        assertEquals(List.of(), check.check(Map.of()));
        assertEquals(List.of(), check.check(Map.of("tier", "")));
        assertEquals(List.of(), check.check(Map.of("tier", "VIP_CENTER")));
        assertEquals(List.of(), check.check(Map.of("tier", "convenience-store")));
        assertEquals(BranchTier.OUTLET, BranchConfigCheck.tier(" outlet "));
        assertEquals(BranchTier.WEALTH_CENTER, BranchConfigCheck.tier(null));
    }

    @Test
    public void anUnknownTierIsRefusedNamingTheField() {
        List<FieldError> errors = check.check(Map.of("tier", "palace", "name", "x"));
        assertEquals(1, errors.size());
        assertEquals("tier", errors.get(0).field());
        assertTrue(errors.get(0).message(), errors.get(0).message().startsWith("'palace' is not one of [WEALTH_CENTER"));
    }

    @Test
    public void theComponentRefusesItInTheGuardsWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BranchConfigCheck.tier("palace"));
        FieldError guard = check.check(Map.of("tier", "palace")).get(0);
        assertEquals(guard.field() + ": " + guard.message(), e.getMessage());
    }
}
