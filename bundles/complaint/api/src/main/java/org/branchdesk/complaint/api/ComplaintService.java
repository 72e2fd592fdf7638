package org.branchdesk.complaint.api;

import java.time.Instant;
import java.util.List;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Complaints. Every method checks the caller's roles itself, whoever calls it (a refused caller
 * gets {@link org.branchdesk.platform.api.ForbiddenException}). Reading one is allowed to the
 * roles that handle complaints and to its assignee, and audited against the customer.
 */
@ProviderType
public interface ComplaintService {

    Complaint receive(ComplaintInput input, Caller caller);

    Complaint get(long id, Caller caller);

    /** Open complaints assigned to the caller, or with {@code all}, every complaint of the branch in that status. */
    List<Complaint> list(boolean all, Status status, Caller caller);

    /** Moves the complaint on; a transition the lifecycle forbids is a conflict that changes nothing. */
    Complaint transition(long id, Status next, String note, Caller caller);

    Complaint assign(long id, String assignee, Caller caller);

    /** Escalates by hand, one level up. */
    Complaint escalate(long id, String reason, Caller caller);

    /** Resolves an investigated complaint. */
    Complaint resolve(long id, String resolution, String remedy, Caller caller);

    /** The customer's response: satisfied closes; unsatisfied reopens, or escalates when asked. */
    Complaint feedback(long id, boolean satisfied, boolean escalate, String comment, Caller caller);

    /**
     * The branch's complaint figures over a period, for the centre head.
     *
     * @since 2.0
     */
    ComplaintStats stats(Instant from, Instant to, Caller caller);

    /** Escalates every complaint whose deadline has passed; run on a schedule. Returns how many. */
    int escalateOverdue();

    /** A customer's open and recent complaints, newest first. */
    List<Complaint> ofCustomer(String customerId, int limit, Caller caller);
}
