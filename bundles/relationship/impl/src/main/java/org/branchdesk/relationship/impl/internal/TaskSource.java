package org.branchdesk.relationship.impl.internal;

import java.time.LocalDate;
import java.util.List;

import org.branchdesk.platform.security.Caller;
import org.branchdesk.relationship.api.Task;

/**
 * A part of this module that puts tasks in a manager's inbox (handovers, contact plans, care
 * events, event follow-ups). Each is a DS component registering this bundle-private interface;
 * the inbox asks them all. The caller has already been checked for the manager's book.
 */
public interface TaskSource {

    /** The manager's open tasks due on or before {@code until} (overdue ones included). */
    List<Task> tasks(String manager, LocalDate today, LocalDate until, Caller caller);

    /**
     * The same for one customer of the manager's book. The customer view's section asks every
     * source this on every view of a customer: a source overrides it with a cheap answer (a few
     * indexed reads, no audited read of the whole book); this default reads the whole book.
     */
    default List<Task> tasksOf(String customerId, String manager, LocalDate today, LocalDate until, Caller caller) {
        return tasks(manager, today, until, caller).stream().filter(t -> customerId.equals(t.customerId())).toList();
    }
}
