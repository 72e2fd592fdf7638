package org.branchdesk.customer.impl.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.AssignmentService;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.transaction.control.TransactionContext;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.TransactionStatus;

/**
 * Tells Event Admin about changes of manager once they have committed ({@link AssignmentService}
 * says what each event carries): registered with the transaction in which they are written, so
 * that a change rolled back (a refused disabling, a lost race) is never announced, and a change
 * written inside someone else's transaction waits for that one's commit.
 */
final class AssignmentEvents {

    private final TransactionControl tx;
    private final EventAdmin events;

    AssignmentEvents(TransactionControl tx, EventAdmin events) {
        this.tx = tx;
        this.events = events;
    }

    /** Posts one {@link AssignmentService#ASSIGNED_TOPIC} per assignment after the current transaction commits. */
    void assignedAfterCommit(List<Assignment> assignments) {
        if (!assignments.isEmpty()) {
            afterCommit(() -> assignments.forEach(a -> events.postEvent(assigned(a))));
        }
    }

    /** Posts one {@link AssignmentService#ALLOCATED_TOPIC} for the run after the current transaction commits. */
    void allocatedAfterCommit(long runId, int allocated) {
        afterCommit(() -> events.postEvent(new Event(AssignmentService.ALLOCATED_TOPIC, Map.of("runId", runId, "allocated", allocated))));
    }

    static Event assigned(Assignment a) {
        Map<String, Object> props = new HashMap<>();
        props.put("customerId", a.customerId());
        props.put("manager", a.manager());
        if (a.previousManager() != null) {
            props.put("previousManager", a.previousManager());
        }
        props.put("assignmentId", a.id());
        props.put("reason", a.reason().name());
        props.put("at", a.from().toEpochMilli());
        return new Event(AssignmentService.ASSIGNED_TOPIC, props);
    }

    private void afterCommit(Runnable post) {
        TransactionContext context = tx.getCurrentContext();
        if (context == null || context.getTransactionStatus() == TransactionStatus.NO_TRANSACTION) {
            post.run();
            return;
        }
        context.postCompletion(status -> {
            if (status == TransactionStatus.COMMITTED) {
                post.run();
            }
        });
    }
}
