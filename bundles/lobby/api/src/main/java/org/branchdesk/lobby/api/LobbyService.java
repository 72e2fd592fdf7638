package org.branchdesk.lobby.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The lobby's work: arrivals, queues, leads, notices and the daily record. Every method checks
 * the caller's roles itself, whoever calls it (a refused caller gets
 * {@link org.branchdesk.platform.api.ForbiddenException}); the roles of each are those of its
 * REST endpoint.
 */
@ProviderType
public interface LobbyService {

    /** Identifies the customer, routes them, issues a ticket if needed, notifies their manager, opens a lead. */
    Arrival arrive(ArrivalRequest request, Caller caller);

    /** A ticket issued by hand, e.g. for a customer who asks for a counter. */
    Ticket issue(ServicePoint point, Priority priority, String customerId, Caller caller);

    /**
     * Every service point that has tickets today, waiting and called.
     *
     * @since 2.0
     */
    List<QueueView> queues(Caller caller);

    /**
     * The next ticket for a counter: premium first, but a standard ticket that has waited longer
     * than the configured bound goes before later premium ones. Two counters never get the same ticket.
     */
    Optional<Ticket> callNext(ServicePoint point, String counter, Caller caller);

    /** Marks a called ticket done or no-show; a ticket that is not called is a conflict. */
    Ticket finish(long ticketId, TicketStatus outcome, Caller caller);

    /** A lead referred by a teller from a counter, or by any member of staff. */
    Lead refer(String customerId, ArrivalSource source, String note, Caller caller);

    /** @since 2.0 */
    List<Lead> leads(LeadStatus status, Caller caller);

    Lead followUp(long leadId, Caller caller);

    /**
     * The calling customer manager's own arrival notices, newest first.
     *
     * @since 2.0
     */
    List<ManagerNotice> notices(int limit, Caller caller);

    /** @since 2.0 */
    LobbyRecord record(LocalDate day, Caller caller);

    /** The customer's recent arrivals, newest first. */
    List<Arrival> visits(String customerId, int limit, Caller caller);

    /**
     * The customer's open leads.
     *
     * @since 2.0
     */
    List<Lead> openLeads(String customerId, Caller caller);

    /**
     * One of today's or an earlier day's tickets, for the counters that serve it; empty when there is none.
     *
     * @since 2.1
     */
    Optional<Ticket> ticket(long ticketId, Caller caller);

    /**
     * How the self-service-capable business the lobby received between the two days (inclusive)
     * was guided: arrivals with {@link VisitPurpose#SELF_SERVICE} sent to
     * {@link ServicePoint#SELF_SERVICE} and those sent to a counter.
     *
     * @since 2.1
     */
    SelfServiceGuidance selfServiceGuidance(LocalDate from, LocalDate to, Caller caller);
}
