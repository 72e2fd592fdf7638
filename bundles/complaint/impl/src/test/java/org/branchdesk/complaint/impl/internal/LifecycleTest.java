package org.branchdesk.complaint.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.branchdesk.complaint.api.EscalationLevel;
import org.branchdesk.complaint.api.Severity;
import org.branchdesk.complaint.api.Status;
import org.branchdesk.complaint.impl.internal.jpa.ComplaintEntity;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.junit.Test;

/** The complaint state machine: every move allowed and every move refused, and that a refusal changes nothing. */
public class LifecycleTest {

    private static final long NOW = 1_764_000_000_000L;

    /** The moves the domain allows; everything else is refused. */
    private static final Set<List<Status>> ALLOWED = Set.of(List.of(Status.RECEIVED, Status.ACKNOWLEDGED),
            List.of(Status.ACKNOWLEDGED, Status.UNDER_INVESTIGATION), List.of(Status.UNDER_INVESTIGATION, Status.RESOLVED),
            List.of(Status.RESOLVED, Status.CLOSED), List.of(Status.RESOLVED, Status.UNDER_INVESTIGATION));

    static ComplaintEntity complaint(Status status, EscalationLevel level) {
        ComplaintEntity c = new ComplaintEntity();
        c.id = 7;
        c.reference = "CP-20261201-0007";
        c.severity = Severity.HIGH;
        c.status = status;
        c.level = level;
        return c;
    }

    @Test
    public void statusAllowsExactlyTheDomainsMoves() {
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                assertEquals(from + " -> " + to, ALLOWED.contains(List.of(from, to)), from.allows(to));
            }
        }
    }

    @Test
    public void byHandOnlyAcknowledgingAndInvestigatingFromTheRightStatus() {
        for (Status from : Status.values()) {
            for (Status to : EnumSet.of(Status.RECEIVED, Status.ACKNOWLEDGED, Status.UNDER_INVESTIGATION)) {
                ComplaintEntity c = complaint(from, EscalationLevel.CENTER_HEAD);
                if (ALLOWED.contains(List.of(from, to))) {
                    Step step = Lifecycle.byHand(c, to, "note", NOW);
                    assertEquals(to, c.status);
                    assertEquals(new Step(to.name(), from, to, "note"), step);
                } else {
                    ConflictException e = assertThrows(from + " -> " + to, ConflictException.class, () -> Lifecycle.byHand(c, to, null, NOW));
                    assertEquals("status", e.field());
                    assertEquals("a refusal changes nothing", from, c.status);
                    assertNull(c.acknowledgedAt);
                }
            }
        }
    }

    @Test
    public void acknowledgingStampsTheTime() {
        ComplaintEntity c = complaint(Status.RECEIVED, EscalationLevel.CENTER_HEAD);
        Lifecycle.byHand(c, Status.ACKNOWLEDGED, null, NOW);
        assertEquals(Long.valueOf(NOW), c.acknowledgedAt);
        Lifecycle.byHand(c, Status.UNDER_INVESTIGATION, null, NOW + 5);
        assertEquals("investigating does not touch it", Long.valueOf(NOW), c.acknowledgedAt);
    }

    @Test
    public void resolvedAndClosedAreNotReachedByHandAndAStatusIsRequired() {
        for (Status to : new Status[] { Status.RESOLVED, Status.CLOSED, null }) {
            ComplaintEntity c = complaint(Status.UNDER_INVESTIGATION, EscalationLevel.CENTER_HEAD);
            InvalidInputException e = assertThrows(String.valueOf(to), InvalidInputException.class, () -> Lifecycle.byHand(c, to, null, NOW));
            assertEquals("status", e.field());
            assertEquals(Status.UNDER_INVESTIGATION, c.status);
        }
    }

    @Test
    public void onlyAnInvestigatedComplaintIsResolved() {
        for (Status from : Status.values()) {
            ComplaintEntity c = complaint(from, EscalationLevel.CENTER_HEAD);
            c.satisfied = Boolean.FALSE;
            if (from == Status.UNDER_INVESTIGATION) {
                Step step = Lifecycle.resolve(c, " refunded ", "  ", NOW);
                assertEquals(new Step("RESOLVED", from, Status.RESOLVED, " refunded "), step);
                assertEquals(Status.RESOLVED, c.status);
                assertEquals("refunded", c.resolution);
                assertNull("a blank remedy is none", c.remedy);
                assertEquals(Long.valueOf(NOW), c.resolvedAt);
                assertNull("the customer's response is awaited afresh", c.satisfied);
            } else {
                assertEquals("status", assertThrows(from.name(), ConflictException.class, () -> Lifecycle.resolve(c, "x", null, NOW)).field());
                assertEquals(from, c.status);
                assertNull(c.resolution);
                assertEquals(Boolean.FALSE, c.satisfied);
            }
        }
    }

    @Test
    public void aSatisfiedCustomerCloses() {
        ComplaintEntity c = complaint(Status.RESOLVED, EscalationLevel.CENTER_HEAD);
        List<Step> steps = Lifecycle.feedback(c, true, true, "thanks", NOW);
        assertEquals(List.of(new Step("CLOSED", Status.RESOLVED, Status.CLOSED, "thanks")), steps);
        assertEquals(Status.CLOSED, c.status);
        assertEquals(Boolean.TRUE, c.satisfied);
        assertEquals(Long.valueOf(NOW), c.closedAt);
        assertEquals("closing never escalates", EscalationLevel.CENTER_HEAD, c.level);
    }

    @Test
    public void anUnsatisfiedCustomerReopensAndEscalatesOnlyWhenAsked() {
        ComplaintEntity kept = complaint(Status.RESOLVED, EscalationLevel.CENTER_HEAD);
        kept.resolvedAt = NOW - 1;
        assertEquals(List.of(new Step("REOPENED", Status.RESOLVED, Status.UNDER_INVESTIGATION, "no")),
                Lifecycle.feedback(kept, false, false, "no", NOW));
        assertEquals(Status.UNDER_INVESTIGATION, kept.status);
        assertNull(kept.resolvedAt);
        assertEquals(Boolean.FALSE, kept.satisfied);
        assertEquals(EscalationLevel.CENTER_HEAD, kept.level);

        ComplaintEntity raised = complaint(Status.RESOLVED, EscalationLevel.CENTER_HEAD);
        List<Step> steps = Lifecycle.feedback(raised, false, true, null, NOW);
        assertEquals(2, steps.size());
        assertEquals("ESCALATED", steps.get(1).action());
        assertEquals(EscalationLevel.SUB_BRANCH_PREMIUM_GROUP, raised.level);

        ComplaintEntity top = complaint(Status.RESOLVED, EscalationLevel.HEAD_OFFICE);
        assertEquals("head office reopens without a step it cannot take", 1, Lifecycle.feedback(top, false, true, null, NOW).size());
        assertEquals(EscalationLevel.HEAD_OFFICE, top.level);
    }

    @Test
    public void feedbackIsOnlyForAResolvedComplaint() {
        for (Status from : EnumSet.complementOf(EnumSet.of(Status.RESOLVED))) {
            ComplaintEntity c = complaint(from, EscalationLevel.CENTER_HEAD);
            assertEquals("status", assertThrows(from.name(), ConflictException.class, () -> Lifecycle.feedback(c, true, false, null, NOW))
                    .field());
            assertEquals(from, c.status);
            assertNull(c.satisfied);
        }
    }

    @Test
    public void escalationByHandGoesOneLevelUpWhileOpenAndBelowHeadOffice() {
        for (Status status : Status.values()) {
            for (EscalationLevel level : EscalationLevel.values()) {
                ComplaintEntity c = complaint(status, level);
                if (status.open() && level != EscalationLevel.HEAD_OFFICE) {
                    Step step = Lifecycle.escalateByHand(c, null);
                    assertEquals(level.next(), c.level);
                    assertEquals(new Step("ESCALATED", status, status, level + " -> " + level.next() + ": escalated by hand"), step);
                } else {
                    ConflictException e = assertThrows(status + " at " + level, ConflictException.class, () -> Lifecycle.escalateByHand(c, "x"));
                    assertEquals("level", e.field());
                    assertEquals(level, c.level);
                }
            }
        }
    }

    @Test
    public void theChainRunsToHeadOfficeAndStopsThere() {
        ComplaintEntity c = complaint(Status.RECEIVED, EscalationLevel.CENTER_HEAD);
        Lifecycle.escalateByHand(c, "a");
        Lifecycle.escalateByHand(c, "b");
        Step last = Lifecycle.escalateByHand(c, "c");
        assertEquals(EscalationLevel.HEAD_OFFICE, c.level);
        assertEquals("BRANCH_CUSTOMER_SERVICE -> HEAD_OFFICE: c", last.note());
        assertThrows(ConflictException.class, () -> Lifecycle.escalateByHand(c, "d"));
    }

    @Test
    public void assigningKeepsTheStatus() {
        ComplaintEntity c = complaint(Status.ACKNOWLEDGED, EscalationLevel.CENTER_HEAD);
        assertEquals(new Step("ASSIGNED", Status.ACKNOWLEDGED, Status.ACKNOWLEDGED, "to cm1"), Lifecycle.assign(c, "cm1"));
        assertEquals("cm1", c.assignee);
        assertTrue(c.status.open());
        assertFalse(Status.RESOLVED.open());
    }
}
