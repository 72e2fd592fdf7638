package org.branchdesk.customer.api;

import java.time.Instant;
import java.util.Map;

/**
 * One run of the allocation rules over the premium customers without a manager: who got whom is
 * in its assignments ({@link AssignmentService#allocations}).
 *
 * @param trigger    {@code SEGMENTATION} (after a segmentation run), {@code BY_HAND} (the centre head),
 *                   {@code MANAGER_LEFT} (a disabled manager's customers, by the rules)
 * @param allocated  customers given a manager
 * @param unassigned premium customers still without one afterwards (no eligible manager with room)
 * @param byManager  customers given to each manager
 * @param byRule     customers given by each rule ({@code LEAD_FOLLOWER}, {@code LEAST_LOADED})
 * @since 2.1
 */
public record AllocationRun(long id, Instant at, String trigger, String startedBy, int allocated, int unassigned,
        Map<String, Integer> byManager, Map<String, Integer> byRule) {
}
