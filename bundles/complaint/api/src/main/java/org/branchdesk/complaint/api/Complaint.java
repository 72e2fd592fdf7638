package org.branchdesk.complaint.api;

import java.time.Instant;
import java.util.List;

/**
 * A complaint and where it stands.
 *
 * @param reference      what the customer is given, e.g. {@code CP-20261122-0003}
 * @param acknowledgeBy  deadline for acknowledgement
 * @param resolveBy      deadline for resolution
 * @param overdue        a deadline was missed at some point
 * @param satisfied      the customer's response to the resolution, or null before it
 */
public record Complaint(long id, String reference, String customerId, String contactName, String contactPhone, Channel channel,
        Category category, Severity severity, String description, String desiredOutcome, Status status,
        EscalationLevel level, String assignee, String receivedBy, Instant receivedAt, Instant acknowledgeBy, Instant resolveBy,
        Instant acknowledgedAt, Instant resolvedAt, Instant closedAt, boolean overdue, String resolution, String remedy,
        Boolean satisfied, List<HistoryEntry> history) {
}
