package org.branchdesk.lobby.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

/** What the lobby's configuration check lets through to the lobby, and what it refuses. */
public class LobbyConfigCheckTest {

    private final LobbyConfigCheck check = new LobbyConfigCheck();

    @Test
    public void noRulesKeepTheDefaults() {
        assertEquals(List.of(), check.check(Map.of()));
        assertEquals(List.of(), check.check(Map.of("maxWaitBehindPremiumSeconds", "300")));
    }

    @Test
    public void theDefaultTableAndOtherWellFormedTablesAreAccepted() {
        assertEquals(List.of(), check.check(Map.of("rules", RoutingTableTest.defaultRules())));
        assertEquals("one line from a .cfg file", List.of(),
                check.check(Map.of("rules", "premium cash any = priority_window premium ticket")));
        assertEquals("a list from code", List.of(),
                check.check(Map.of("rules", List.of("ANY ANY ANY = RECEPTION STANDARD PERSONAL"))));
    }

    @Test
    public void aRuleThatDoesNotParseIsRefusedNamingTheFieldAndTheLine() {
        List<FieldError> errors = check.check(Map.of("rules",
                new String[] { "ANY ANY ANY = RECEPTION STANDARD PERSONAL", "PREMIUM CASH ANY = MOON PREMIUM TICKET" }));
        assertEquals(1, errors.size());
        assertEquals("rules", errors.get(0).field());
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("rule 2"));
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("MOON"));
    }

    @Test
    public void eachKindOfMistakeIsRefused() {
        for (String bad : new String[] { "PREMIUM CASH = PRIORITY_WINDOW PREMIUM TICKET", // a missing column
                "VIP CASH ANY = PRIORITY_WINDOW PREMIUM TICKET", // WHO
                "PREMIUM COFFEE ANY = PRIORITY_WINDOW PREMIUM TICKET", // PURPOSE
                "PREMIUM CASH CASTLE = PRIORITY_WINDOW PREMIUM TICKET", // TIER
                "PREMIUM CASH ANY = PRIORITY_WINDOW URGENT TICKET", // PRIORITY
                "PREMIUM CASH ANY = PRIORITY_WINDOW PREMIUM SMS", // MODE
                "PREMIUM CASH ANY PRIORITY_WINDOW PREMIUM TICKET" }) { // no '='
            List<FieldError> errors = check.check(Map.of("rules", bad));
            assertEquals(bad, 1, errors.size());
            assertEquals(bad, "rules", errors.get(0).field());
        }
    }

    @Test
    public void aNegativeWaitBoundIsRefusedNamingTheField() {
        List<FieldError> errors = check.check(Map.of("maxWaitBehindPremiumSeconds", "-1"));
        assertEquals(1, errors.size());
        assertEquals("maxWaitBehindPremiumSeconds", errors.get(0).field());
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("-1"));
        assertEquals("zero means first come, first served", List.of(), check.check(Map.of("maxWaitBehindPremiumSeconds", 0L)));
    }
}
