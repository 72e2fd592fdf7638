package org.branchdesk.lobby.impl.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.Customer;
import org.branchdesk.lobby.api.Arrival;
import org.branchdesk.lobby.api.ArrivalRequest;
import org.branchdesk.lobby.api.ArrivalSource;
import org.branchdesk.lobby.api.Guidance;
import org.branchdesk.lobby.api.GuidanceMode;
import org.branchdesk.lobby.api.RoutingContext;
import org.branchdesk.lobby.api.Ticket;
import org.branchdesk.lobby.impl.internal.jpa.ArrivalEntity;
import org.branchdesk.platform.api.Branch;
import org.branchdesk.platform.api.BranchProfile;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Registering an arrival, the lobby's hot path: identify, route, then one transaction that
 * stores the arrival with its ticket and lead; a premium customer's manager is told by an event
 * after the commit. Also a customer's past arrivals.
 */
final class Arrivals {

    /** Event Admin topic of a premium customer's arrival; {@link NoticeWriter} keeps the notices. */
    static final String PREMIUM_ARRIVED = "org/branchdesk/lobby/PREMIUM_ARRIVED";
    /** The stored length of the rule that gave the guidance. */
    private static final int RULE_MAX = 300;

    private final TransactionControl tx;
    private final EntityManager em;
    private final Identification identification;
    private final Function<RoutingContext, Guidance> routing;
    private final Tickets tickets;
    private final Leads leads;
    private final Branch branch;
    private final EventAdmin events;
    private final Clock clock;

    Arrivals(TransactionControl tx, EntityManager em, Identification identification, Function<RoutingContext, Guidance> routing,
            Tickets tickets, Leads leads, Branch branch, EventAdmin events, Clock clock) {
        this.tx = tx;
        this.em = em;
        this.identification = identification;
        this.routing = routing;
        this.tickets = tickets;
        this.leads = leads;
        this.branch = branch;
        this.events = events;
        this.clock = clock;
    }

    Arrival arrive(ArrivalRequest request, Caller caller) {
        caller.require(LobbyAccess.RECEIVE, "registering an arrival");
        if (request == null || request.purpose() == null) {
            throw new InvalidInputException("purpose", "required: one of CASH, NON_CASH, WEALTH_CONSULTATION, SELF_SERVICE, COMPLAINT, OTHER");
        }
        ArrivalSource source = Identification.source(request.source(), caller);
        Customer customer = identification.identify(request, caller);
        BranchProfile profile = branch.profile();
        boolean premium = customer != null && customer.segment() != null && customer.segment().premium();
        boolean potential = customer != null && customer.potentialPremium();
        RoutingContext context = new RoutingContext(customer == null ? null : customer.segment(), premium, potential,
                customer != null && customer.manager() != null, request.purpose(), profile.tier());
        Guidance guidance = routing.apply(context);
        Instant now = clock.instant();

        Arrival arrival = tx.required(() -> {
            ArrivalEntity a = new ArrivalEntity();
            a.at = now.toEpochMilli();
            a.day = LocalDate.now(clock);
            a.source = source;
            a.purpose = request.purpose();
            a.customerId = customer == null ? null : customer.id();
            a.premium = premium;
            a.potentialPremium = potential;
            a.manager = customer == null ? null : customer.manager();
            a.servicePoint = guidance.servicePoint();
            a.priority = guidance.priority();
            a.mode = guidance.mode();
            a.rule = guidance.rule().length() > RULE_MAX ? guidance.rule().substring(0, RULE_MAX) : guidance.rule();
            a.registeredBy = caller.username();
            Ticket ticket = guidance.mode() == GuidanceMode.TICKET
                    ? tickets.issueInTransaction(guidance.servicePoint(), guidance.priority(), a.customerId) : null;
            a.ticketId = ticket == null ? null : ticket.id();
            if ((premium || potential) && a.manager == null && leads.openLeadOf(a.customerId).isEmpty()) {
                a.leadId = leads.open(a.customerId, source, caller.username(), "identified on arrival (" + request.purpose() + ")",
                        profile).id;
            }
            em.persist(a);
            em.flush();
            return new Arrival(a.id, now, source, a.purpose, customer, premium, potential, a.manager, guidance, ticket, a.leadId,
                    caller.username());
        });
        if (premium && arrival.manager() != null) {
            tellManager(arrival, customer, now);
        }
        return arrival;
    }

    /** Posted, not sent: the arrival does not wait for the handlers. */
    private void tellManager(Arrival arrival, Customer customer, Instant now) {
        Map<String, Object> props = new HashMap<>();
        props.put("manager", arrival.manager());
        props.put("customerId", customer.id());
        props.put("customerName", customer.name());
        props.put("servicePoint", arrival.guidance().servicePoint().name());
        props.put("purpose", arrival.purpose().name());
        props.put("at", now.toEpochMilli());
        events.postEvent(new Event(PREMIUM_ARRIVED, props));
    }

    /** The customer's recent arrivals, newest first. */
    List<Arrival> visits(String customerId, int limit, Caller caller) {
        caller.require(LobbyAccess.CUSTOMER, "reading a customer's visits");
        return tx.supports(() -> em.createQuery("SELECT a FROM ArrivalEntity a WHERE a.customerId = :c ORDER BY a.id DESC",
                ArrivalEntity.class).setParameter("c", customerId).setMaxResults(limit).getResultList().stream()
                .map(a -> new Arrival(a.id, Instant.ofEpochMilli(a.at), a.source, a.purpose, null, a.premium, a.potentialPremium,
                        a.manager, new Guidance(a.servicePoint, a.priority, a.mode, a.rule), null, a.leadId, a.registeredBy))
                .toList());
    }
}
