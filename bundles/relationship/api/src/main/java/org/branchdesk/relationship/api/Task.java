package org.branchdesk.relationship.api;

import java.time.LocalDate;
import java.util.Map;

/**
 * One thing a manager has to do for a customer, in their inbox.
 *
 * @param ref     what the task is about, to act on it: {@code handover/12}, {@code care/BIRTHDAY/2026-12-10},
 *                {@code event/4}, {@code plan}
 * @param title   a line for the inbox, e.g. {@code Birthday on 2026-12-10}
 * @param due     the day it is due
 * @param overdue due before today
 * @param detail  what the manager needs to plan it (segment, holdings, last contacts, ...), JSON-serialisable
 */
public record Task(TaskKind kind, String customerId, String customerName, String ref, String title, LocalDate due,
        boolean overdue, Map<String, Object> detail) {
}
