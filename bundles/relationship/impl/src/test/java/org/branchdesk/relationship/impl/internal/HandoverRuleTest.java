package org.branchdesk.relationship.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.branchdesk.customer.api.Channel;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.relationship.impl.internal.HandoverRule.Checked;
import org.branchdesk.relationship.impl.internal.HandoverRule.Step;
import org.junit.Test;

/** A handover's deadline, completion, overdue rule and the checks of each step's input. */
public class HandoverRuleTest {

    private static final Instant OPENED = Instant.parse("2026-11-01T02:00:00Z");
    private static final Instant NOW = OPENED.plus(Duration.ofDays(3));

    @Test
    public void theDeadlineIsTheConfiguredDaysAfterTheChange() {
        assertEquals(Instant.parse("2026-12-01T02:00:00Z"), new HandoverRule(30).deadline(OPENED));
        assertEquals(Instant.parse("2026-11-08T02:00:00Z"), new HandoverRule(7).deadline(OPENED));
        assertThrows(IllegalArgumentException.class, () -> new HandoverRule(0));
    }

    @Test
    public void completeOnlyWithAllThreeSteps() {
        assertFalse(HandoverRule.complete(NOW, NOW, null));
        assertFalse(HandoverRule.complete(null, NOW, NOW));
        assertFalse(HandoverRule.complete(NOW, null, NOW));
        assertTrue(HandoverRule.complete(NOW, NOW, NOW));
        assertEquals(List.of("oral-notice", "written-notice", "first-contact"), HandoverRule.missing(null, null, null));
        assertEquals(List.of("written-notice"), HandoverRule.missing(NOW, null, NOW));
    }

    @Test
    public void overdueIsOpenAndPastTheDeadline() {
        Instant deadline = new HandoverRule(30).deadline(OPENED);
        assertFalse(HandoverRule.overdue(true, deadline, deadline));
        assertTrue(HandoverRule.overdue(true, deadline, deadline.plusMillis(1)));
        assertFalse("complete or superseded: never overdue", HandoverRule.overdue(false, deadline, deadline.plusSeconds(86_400)));
    }

    @Test
    public void eachStepAcceptsItsOwnWays() {
        Checked oral = HandoverRule.check(Step.ORAL_NOTICE, null, "phone", " called ", OPENED, NOW);
        assertEquals(NOW, oral.at());
        assertEquals("PHONE", oral.how());
        assertEquals(Channel.PHONE, oral.channel());
        assertEquals("called", oral.note());
        Checked letter = HandoverRule.check(Step.WRITTEN_NOTICE, OPENED.plusSeconds(60), "letter", null, OPENED, NOW);
        assertEquals("LETTER", letter.how());
        assertNull("a letter has no channel in the interaction log", letter.channel());
        assertEquals(Channel.CHAT_APP, HandoverRule.check(Step.WRITTEN_NOTICE, null, "chat-app", null, OPENED, NOW).channel());
        assertEquals(Channel.HOME_VISIT, HandoverRule.check(Step.FIRST_CONTACT, null, "HOME_VISIT", null, OPENED, NOW).channel());
    }

    @Test
    public void badInputNamesItsField() {
        assertField("how", () -> HandoverRule.check(Step.ORAL_NOTICE, null, "SMS", null, OPENED, NOW));
        assertField("how", () -> HandoverRule.check(Step.ORAL_NOTICE, null, " ", null, OPENED, NOW));
        assertField("how", () -> HandoverRule.check(Step.WRITTEN_NOTICE, null, "PHONE", null, OPENED, NOW));
        assertField("channel", () -> HandoverRule.check(Step.FIRST_CONTACT, null, "EMAIL", null, OPENED, NOW));
        assertField("at", () -> HandoverRule.check(Step.ORAL_NOTICE, NOW.plusSeconds(1), "PHONE", null, OPENED, NOW));
        assertField("at", () -> HandoverRule.check(Step.ORAL_NOTICE, OPENED.minusSeconds(1), "PHONE", null, OPENED, NOW));
        Instant later = OPENED.plus(Duration.ofDays(40));
        assertField("at", () -> HandoverRule.check(Step.ORAL_NOTICE, later.minus(Duration.ofDays(32)), "PHONE", null, OPENED, later));
        assertField("note", () -> HandoverRule.check(Step.ORAL_NOTICE, null, "PHONE", "x".repeat(1001), OPENED, NOW));
    }

    private static void assertField(String field, Runnable check) {
        InvalidInputException e = assertThrows(InvalidInputException.class, check::run);
        assertEquals(e.getMessage(), field, e.field());
        assertFalse("no Java names for the reader", e.getMessage().contains("java."));
    }
}
