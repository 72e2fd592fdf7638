package org.branchdesk.counter.api;

/**
 * The answer to a submission.
 *
 * @param created false when the submission was a second one of a request already there (same
 *                client key, or the same content for the same customer while it is pending)
 */
public record Submission(ServiceRequest request, boolean created) {
}
