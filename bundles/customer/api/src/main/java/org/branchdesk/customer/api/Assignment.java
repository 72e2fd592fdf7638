package org.branchdesk.customer.api;

import java.time.Instant;

/**
 * One period during which a customer had one dedicated manager. A customer has at most one open
 * assignment ({@code to == null}), kept so by the database; periods never overlap: a new
 * assignment starts at the instant the previous one ends, and neither is ever back-dated.
 *
 * @param id              the assignment's number; a change names the open one it replaces
 * @param previousManager the manager of the assignment this one replaced, or null for a first manager
 * @param reason          why the customer got this manager
 * @param rule            how the manager was chosen: {@code BY_HAND}, {@code IMPORT}, {@code SUCCESSOR},
 *                        or the allocation rule ({@code LEAD_FOLLOWER}, {@code LEAST_LOADED})
 * @param decidedBy       the username of whoever decided it (the centre head, the administrator who imported
 *                        or disabled, or who started the allocation run)
 * @param allocationRun   the allocation run that made it, or null
 * @since 2.1
 */
public record Assignment(long id, String customerId, String manager, String previousManager, Instant from, Instant to,
        AssignmentReason reason, String rule, String decidedBy, Long allocationRun) {

    public boolean open() {
        return to == null;
    }
}
