package org.branchdesk.relationship.impl.internal;

import java.time.Instant;
import java.util.List;

/**
 * A handover as the REST API and the view show it.
 *
 * @param assignmentId the change of manager that opened it
 * @param status       OPEN, COMPLETE or SUPERSEDED
 * @param overdue      open and past its deadline
 * @param escalatedAt  when the scheduled check raised it to the centre head, or null
 * @param missing      the steps still to record: {@code oral-notice}, {@code written-notice}, {@code first-contact}
 */
public record Handover(long id, long assignmentId, String customerId, String predecessor, String successor, String reason,
        Instant openedAt, Instant deadline, String status, boolean overdue, Instant escalatedAt, Step oralNotice, Step writtenNotice,
        Step firstContact, List<String> missing, Instant completedAt, Instant supersededAt) {

    /** One recorded step: when, how (the channel or the written form) and a note. */
    public record Step(Instant at, String how, String note) {
    }
}
