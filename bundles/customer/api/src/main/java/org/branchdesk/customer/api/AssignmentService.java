package org.branchdesk.customer.api;

import java.util.List;
import java.util.Optional;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The dedicated-manager rule (专属客户经理): every premium customer has exactly one manager, with
 * history. This service is the only way a customer's manager changes (the customers file's
 * {@code manager} column and a manager's departure go through it too); the database keeps one
 * open assignment per customer, so the rule holds however many runtimes share it.
 *
 * <p>Who may do what: the centre head assigns, runs allocation, sets profiles and reads every
 * book and the report; a customer manager reads their own book and their own customers'
 * assignments; the staff who read customers read a customer's current assignment. Every
 * read of a customer's assignments and of a book is audited.
 *
 * <p>After a change commits, Event Admin gets {@link #ASSIGNED_TOPIC} for each changed customer
 * (properties {@code customerId}, {@code manager}, {@code previousManager} (absent for a first
 * manager), {@code assignmentId}, {@code reason}, {@code at} (epoch millis)); an allocation run
 * posts one {@link #ALLOCATED_TOPIC} ({@code runId}, {@code allocated}) instead of one per customer.
 *
 * @since 2.1
 */
@ProviderType
public interface AssignmentService {

    String ASSIGNED_TOPIC = "org/branchdesk/customer/ASSIGNED";
    String ALLOCATED_TOPIC = "org/branchdesk/customer/ALLOCATED";

    /**
     * Gives the customer a manager by the centre head's hand, ending the open assignment at the same
     * instant. 409 (field {@code replaces}) if the open assignment is not the one the request
     * replaces, or if another decision for the customer is being written at the same moment; 400
     * (field {@code manager}) for someone who is not an active customer manager; the customer's
     * own manager again is a 409 too.
     */
    Assignment assign(String customerId, AssignmentRequest request, Caller caller);

    /** The customer's open assignment, if they have a manager. */
    Optional<Assignment> current(String customerId, Caller caller);

    /** Every assignment the customer has had, newest first. */
    List<Assignment> history(String customerId, Caller caller);

    /** The manager's customers, by customer number. */
    List<BookEntry> book(String manager, Caller caller);

    /**
     * One customer's entry of their manager's book, for that manager or the centre head (another
     * manager: 403); empty for a customer without a manager. Not audited by itself: it is what a
     * view section reads next to the view's audited read of the customer.
     */
    Optional<BookEntry> entry(String customerId, Caller caller);

    /** Every customer manager (active ones, and inactive ones still holding customers) with their load. */
    List<ManagerProfile> managers(Caller caller);

    /** One manager's profile and load; 404 for someone who is not a customer manager. */
    ManagerProfile profile(String manager, Caller caller);

    /** Sets a manager's level and capacity (the centre head); 400 naming {@code capacity} below zero. */
    ManagerProfile setProfile(String manager, ManagerLevel level, int capacity, Caller caller);

    /** Runs the allocation rules over every premium customer without a manager, by the centre head's hand. */
    AllocationRun allocate(Caller caller);

    /** Past allocation runs, newest first. */
    List<AllocationRun> allocationRuns(int limit, Caller caller);

    /** The assignments one allocation run made, by customer number, a page at a time. */
    List<Assignment> allocations(long runId, int offset, int limit, Caller caller);

    /** Premium customers without a manager (the centre head's list), largest assets first. */
    List<UnassignedCustomer> unassigned(int limit, Caller caller);

    /**
     * Changes of manager (assignments with a previous manager) after the given assignment number,
     * oldest first: how a module that follows handovers catches up on what it missed.
     */
    List<Assignment> changesAfter(long assignmentId, int limit, Caller caller);
}
