package org.branchdesk.platform.security;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param id         position in the log, increasing
 * @param at         when
 * @param actor      username of the member of staff
 * @param customerId whose data was read, or null for an action on no customer
 * @param action     what was done, e.g. {@code VIEW}, {@code SEARCH}, {@code UNMASK}
 * @param detail     free text: which fields, which query
 */
public record AuditEntry(long id, Instant at, String actor, String customerId, String action, String detail) {
}
