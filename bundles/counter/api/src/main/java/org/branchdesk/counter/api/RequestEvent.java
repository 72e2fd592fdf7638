package org.branchdesk.counter.api;

import java.time.Instant;

/**
 * One step of a request's history.
 *
 * @param action  SUBMITTED, CHANGED, APPROVED, APPROVALS_LAPSED, REJECTED, WITHDRAWN, EXPIRED, HANDED_OVER, HANDOVER_FAILED, COMPLETED
 * @param version the request's version after the step
 */
public record RequestEvent(Instant at, String actor, String action, int version, String detail) {
}
