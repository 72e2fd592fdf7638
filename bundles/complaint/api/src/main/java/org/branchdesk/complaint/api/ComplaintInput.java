package org.branchdesk.complaint.api;

/**
 * A complaint as received. Either {@code customerId} or, for an anonymous complainant, a
 * {@code contactName} with a {@code contactPhone} is required.
 */
public record ComplaintInput(String customerId, String contactName, String contactPhone, Channel channel, Category category,
        Severity severity, String description, String desiredOutcome) {
}
