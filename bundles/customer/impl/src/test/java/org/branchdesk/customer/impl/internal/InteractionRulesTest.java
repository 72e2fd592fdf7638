package org.branchdesk.customer.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.InteractionInput;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

public class InteractionRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

    @Test
    public void aContactWithoutATimeHappenedNowAndItsTextsAreTrimmed() {
        InteractionRules.Checked c = InteractionRules.check(new InteractionInput(Channel.PHONE, null, "  birthday care ", " ", "line 1\nline 2"),
                "relationship", NOW);
        assertEquals(NOW, c.at());
        assertEquals("birthday care", c.purpose());
        assertNull("a blank outcome is none", c.outcome());
        assertEquals("line 1\nline 2", c.note());
        assertEquals("relationship", c.module());
    }

    @Test
    public void theTimeIsNeverInTheFutureAndAtMost31DaysBack() {
        assertEquals(NOW, check(NOW).at());
        assertEquals(NOW.minus(Duration.ofDays(31)), check(NOW.minus(Duration.ofDays(31))).at());
        assertEquals(List.of("at"), fields(() -> check(NOW.plusMillis(1))));
        assertEquals(List.of("at"), fields(() -> check(NOW.minus(Duration.ofDays(31)).minusMillis(1))));
    }

    @Test
    public void everyBadFieldIsReportedTheFirstNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InteractionRules.check(
                new InteractionInput(null, NOW.plusSeconds(60), null, "o".repeat(201), "n".repeat(1001)), "Customer", NOW));
        assertEquals("channel", e.field());
        assertEquals(List.of("channel", "at", "purpose", "outcome", "note", "module"), e.errors().stream().map(FieldError::field).toList());
        assertTrue(e.errors().get(0).message().contains("BRANCH_VISIT"));
    }

    @Test
    public void theLongestTextsFitAndOneLineFieldsHaveNoLineBreaks() {
        InteractionRules.check(new InteractionInput(Channel.SMS, null, "p".repeat(100), "o".repeat(200), "n".repeat(1000)), "customer", NOW);
        assertEquals(List.of("purpose"), fields(() -> InteractionRules.check(new InteractionInput(Channel.SMS, null, "p".repeat(101), null, null),
                "customer", NOW)));
        assertEquals(List.of("purpose", "outcome"), fields(() -> InteractionRules.check(
                new InteractionInput(Channel.SMS, null, "a\nb", "c\td", null), "customer", NOW)));
    }

    @Test
    public void noBodyIsABadBody() {
        assertEquals(List.of("body"), fields(() -> InteractionRules.check(null, "customer", NOW)));
    }

    @Test
    public void aReadAsksForOneToAThousand() {
        assertEquals(1, InteractionRules.limit(1));
        assertEquals(1000, InteractionRules.limit(1000));
        assertEquals(List.of("limit"), fields(() -> InteractionRules.limit(0)));
        assertEquals(List.of("limit"), fields(() -> InteractionRules.limit(1001)));
    }

    private static InteractionRules.Checked check(Instant at) {
        return InteractionRules.check(new InteractionInput(Channel.EMAIL, at, "x", null, null), "customer", NOW);
    }

    private static List<String> fields(Runnable call) {
        return assertThrows(InvalidInputException.class, call::run).errors().stream().map(FieldError::field).toList();
    }
}
