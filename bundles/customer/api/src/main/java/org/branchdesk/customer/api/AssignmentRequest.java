package org.branchdesk.customer.api;

/**
 * The centre head's decision to give a customer a manager.
 *
 * @param manager  an active customer manager's username
 * @param reason   why; null means ALLOCATION for a customer without a manager and HANDOVER otherwise.
 *                 MANAGER_LEFT is not given by hand: it is what disabling a manager's account records
 * @param replaces the open assignment the decision replaces, as the centre head saw it; null when the
 *                 customer has no manager. If another assignment is open by then, the request is a
 *                 conflict (409) and nothing is written, so that two decisions made at the same time
 *                 cannot both win
 * @since 2.1
 */
public record AssignmentRequest(String manager, AssignmentReason reason, Long replaces) {
}
