package org.branchdesk.customer.api;

import java.time.Instant;

/** One step of a customer's segment history; {@code from} is null for the first. */
public record SegmentChange(String customerId, Segment from, Segment to, String quarter, Instant at) {
}
