package org.branchdesk.complaint.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.branchdesk.complaint.api.EscalationLevel;
import org.branchdesk.complaint.api.Severity;
import org.branchdesk.complaint.api.Status;
import org.branchdesk.complaint.impl.internal.jpa.ComplaintEntity;
import org.junit.Test;

/** The deadlines of a complaint and the scheduled check's rule, on a fixed clock. */
public class EscalationRuleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final Deadlines DEFAULTS = Deadlines.of(ComplaintConfigCheckTest.defaults(Deadlines.ACKNOWLEDGE_HOURS),
            ComplaintConfigCheckTest.defaults(Deadlines.RESOLVE_HOURS));

    private final EscalationRule rule = new EscalationRule(DEFAULTS);

    /** A complaint received at {@code receivedAt} with its deadlines computed as intake computes them. */
    private static ComplaintEntity received(Severity severity, long receivedAt) {
        ComplaintEntity c = LifecycleTest.complaint(Status.RECEIVED, EscalationLevel.CENTER_HEAD);
        c.severity = severity;
        c.receivedAt = receivedAt;
        c.acknowledgeBy = DEFAULTS.acknowledgeBy(severity, receivedAt);
        c.resolveBy = DEFAULTS.resolveBy(severity, receivedAt);
        return c;
    }

    @Test
    public void theDefaultDeadlinesPerSeverity() {
        long now = CLOCK.millis();
        long[][] hours = { { 48, 360 }, { 24, 168 }, { 8, 72 }, { 2, 24 } };
        for (Severity s : Severity.values()) {
            assertEquals(s.name(), now + hours[s.ordinal()][0] * HOUR, DEFAULTS.acknowledgeBy(s, now));
            assertEquals(s.name(), now + hours[s.ordinal()][1] * HOUR, DEFAULTS.resolveBy(s, now));
        }
    }

    @Test
    public void fractionalHoursAreHonoured() {
        Deadlines d = Deadlines.of(new String[] { "LOW=1.5", "MEDIUM=1", "HIGH=0.25", "CRITICAL=1" },
                new String[] { "LOW=1", "MEDIUM=1", "HIGH=1", "CRITICAL=1" });
        assertEquals(CLOCK.millis() + 90 * 60_000, d.acknowledgeBy(Severity.LOW, CLOCK.millis()));
        assertEquals(Duration.ofMinutes(15), d.acknowledge(Severity.HIGH));
    }

    @Test
    public void withinItsDeadlinesNothingHappens() {
        long now = CLOCK.millis();
        ComplaintEntity c = received(Severity.HIGH, now - 8 * HOUR); // acknowledgement due exactly now
        assertFalse(EscalationRule.late(c, now));
        assertEquals(Optional.empty(), rule.apply(c, now));
        assertFalse(c.overdue);
        assertEquals(EscalationLevel.CENTER_HEAD, c.level);
    }

    @Test
    public void aMissedAcknowledgementRaisesOneLevelWithAFreshAcknowledgementDeadline() {
        long now = CLOCK.millis();
        ComplaintEntity c = received(Severity.HIGH, now - 9 * HOUR);
        long resolveBy = c.resolveBy;
        assertTrue(EscalationRule.late(c, now));
        Step step = rule.apply(c, now).orElseThrow();
        assertEquals(new Step("ESCALATED", Status.RECEIVED, Status.RECEIVED,
                "CENTER_HEAD -> SUB_BRANCH_PREMIUM_GROUP: not acknowledged in time"), step);
        assertTrue(c.overdue);
        assertEquals(EscalationLevel.SUB_BRANCH_PREMIUM_GROUP, c.level);
        assertEquals("the new level has the full 8 hours", now + 8 * HOUR, c.acknowledgeBy);
        assertEquals("a deadline not yet missed stays", resolveBy, c.resolveBy);
        assertFalse("escalated once per miss", EscalationRule.late(c, now));
    }

    @Test
    public void anAcknowledgedComplaintIsLateOnlyByItsResolutionDeadline() {
        long now = CLOCK.millis();
        ComplaintEntity c = received(Severity.CRITICAL, now - 3 * HOUR);
        c.status = Status.ACKNOWLEDGED;
        assertFalse("acknowledged: the acknowledgement deadline no longer counts", EscalationRule.late(c, now));

        c.status = Status.UNDER_INVESTIGATION;
        long later = now + 22 * HOUR; // 25 hours after receipt: CRITICAL must be resolved within 24
        Step step = rule.apply(c, later).orElseThrow();
        assertEquals("CENTER_HEAD -> SUB_BRANCH_PREMIUM_GROUP: not resolved in time", step.note());
        assertEquals(later + 24 * HOUR, c.resolveBy);
        assertEquals("the acknowledgement deadline is left alone", now - 3 * HOUR + 2 * HOUR, c.acknowledgeBy);
    }

    @Test
    public void bothDeadlinesMissedRenewsBoth() {
        long now = CLOCK.millis();
        ComplaintEntity c = received(Severity.CRITICAL, now - 30 * HOUR);
        assertEquals("not acknowledged in time", rule.apply(c, now).orElseThrow().note().replaceAll(".*: ", ""));
        assertEquals(now + 2 * HOUR, c.acknowledgeBy);
        assertEquals(now + 24 * HOUR, c.resolveBy);
    }

    @Test
    public void resolvedAndClosedComplaintsAreNeverLate() {
        long now = CLOCK.millis();
        for (Status done : new Status[] { Status.RESOLVED, Status.CLOSED }) {
            ComplaintEntity c = received(Severity.LOW, now - 1000 * HOUR);
            c.status = done;
            assertFalse(EscalationRule.late(c, now));
            assertEquals(Optional.empty(), rule.apply(c, now));
            assertFalse(c.overdue);
        }
    }

    @Test
    public void atHeadOfficeALateComplaintStaysOverdueWhereItIs() {
        long now = CLOCK.millis();
        ComplaintEntity c = received(Severity.MEDIUM, now - 25 * HOUR);
        c.level = EscalationLevel.HEAD_OFFICE;
        long acknowledgeBy = c.acknowledgeBy;
        assertEquals(Optional.empty(), rule.apply(c, now));
        assertTrue(c.overdue);
        assertEquals(EscalationLevel.HEAD_OFFICE, c.level);
        assertEquals(acknowledgeBy, c.acknowledgeBy);
    }

    @Test
    public void missedAgainGoesUpAgain() {
        long now = CLOCK.millis();
        ComplaintEntity c = received(Severity.HIGH, now);
        rule.apply(c, now + 9 * HOUR).orElseThrow();
        rule.apply(c, now + 18 * HOUR).orElseThrow();
        assertEquals(EscalationLevel.BRANCH_CUSTOMER_SERVICE, c.level);
    }
}
