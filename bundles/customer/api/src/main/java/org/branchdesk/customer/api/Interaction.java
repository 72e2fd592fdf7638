package org.branchdesk.customer.api;

import java.time.Instant;

/**
 * One contact with a customer, as the interaction log keeps it: append-only.
 *
 * @param staff  the username of who was in contact
 * @param module the module that recorded it, e.g. {@code customer}, {@code relationship}, {@code lobby}
 * @since 2.1
 */
public record Interaction(long id, String customerId, String staff, Instant at, Channel channel, String purpose,
        String outcome, String note, String module, Instant recordedAt) {
}
