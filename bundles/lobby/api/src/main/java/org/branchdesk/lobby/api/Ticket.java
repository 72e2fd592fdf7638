package org.branchdesk.lobby.api;

import java.time.Instant;

/**
 * A queue ticket.
 *
 * @param number    what the customer sees, e.g. {@code V007}: a letter per service point and a daily sequence
 * @param counter   the counter that called it, or null while waiting
 */
public record Ticket(long id, String number, ServicePoint servicePoint, Priority priority, TicketStatus status,
        String customerId, Instant issuedAt, Instant calledAt, String counter) {
}
