package org.branchdesk.lobby.impl.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.lobby.api.Arrival;
import org.branchdesk.lobby.api.ArrivalRequest;
import org.branchdesk.lobby.api.ArrivalSource;
import org.branchdesk.lobby.api.ComplaintCount;
import org.branchdesk.lobby.api.Guidance;
import org.branchdesk.lobby.api.Lead;
import org.branchdesk.lobby.api.LeadStatus;
import org.branchdesk.lobby.api.LobbyRecord;
import org.branchdesk.lobby.api.LobbyService;
import org.branchdesk.lobby.api.ManagerNotice;
import org.branchdesk.lobby.api.Priority;
import org.branchdesk.lobby.api.QueueView;
import org.branchdesk.lobby.api.RoutingContext;
import org.branchdesk.lobby.api.RoutingRule;
import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.lobby.api.Ticket;
import org.branchdesk.lobby.api.TicketStatus;
import org.branchdesk.platform.api.Branch;
import org.branchdesk.platform.persistence.DailyNumbers;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * The lobby service, stored in the lobby's persistence unit; the customer module is used only
 * through its API. This component only wires: each part of the work is a collaborator with one
 * responsibility ({@link Arrivals}, {@link Tickets}, {@link Queues}, {@link Leads},
 * {@link Notices}, {@link DailyRecord}), and the configurable rules are {@link Router} and
 * {@link QueueOrder}.
 */
@Designate(ocd = LobbyConfig.class)
@Component(configurationPid = "org.branchdesk.lobby")
public final class JpaLobby implements LobbyService {

    // branch IT's configuration, changed in place (@Modified): the lobby stays up while its rules change
    private volatile Router router;
    private volatile QueueOrder order;

    /** Integrators' rules, asked before the table; DS keeps them sorted by ranking, lowest first. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<RoutingRule> rules;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ComplaintCount complaints;

    private final Arrivals arrivals;
    private final Tickets tickets;
    private final Queues queues;
    private final Leads leads;
    private final Notices notices;
    private final DailyRecord record;

    @Activate
    public JpaLobby(@Reference TransactionControl tx, @Reference(target = "(osgi.unit.name=branchdesk.lobby)") JPAEntityManagerProvider provider,
            @Reference CustomerService customers, @Reference Branch branch, @Reference EventAdmin events,
            @Reference DailyNumbers numbers, LobbyConfig config) {
        modified(config);
        EntityManager em = provider.getResource(tx);
        Clock clock = Clock.systemDefaultZone();
        this.tickets = new Tickets(tx, em, customers, numbers, clock);
        this.queues = new Queues(tx, em, clock, () -> order);
        this.leads = new Leads(tx, em, customers, branch, clock);
        this.arrivals = new Arrivals(tx, em, new Identification(customers), this::route, tickets, leads, branch, events, clock);
        this.notices = new Notices(tx, em);
        this.record = new DailyRecord(tx, em);
    }

    /** A new configuration (or its deletion: the defaults) takes effect for the next arrival, without restarting the lobby. */
    @Modified
    void modified(LobbyConfig config) {
        router = new Router(new RoutingTable(config.rules()));
        order = new QueueOrder(config.maxWaitBehindPremiumSeconds() * 1000);
    }

    private Guidance route(RoutingContext context) {
        return router.route(context, rules);
    }

    @Override
    public Arrival arrive(ArrivalRequest request, Caller caller) {
        return arrivals.arrive(request, caller);
    }

    @Override
    public Ticket issue(ServicePoint point, Priority priority, String customerId, Caller caller) {
        return tickets.issue(point, priority, customerId, caller);
    }

    @Override
    public List<QueueView> queues(Caller caller) {
        return queues.queues(caller);
    }

    @Override
    public Optional<Ticket> callNext(ServicePoint point, String counter, Caller caller) {
        return queues.callNext(point, counter, caller);
    }

    @Override
    public Ticket finish(long ticketId, TicketStatus outcome, Caller caller) {
        return queues.finish(ticketId, outcome, caller);
    }

    @Override
    public Lead refer(String customerId, ArrivalSource source, String note, Caller caller) {
        return leads.refer(customerId, source, note, caller);
    }

    @Override
    public List<Lead> leads(LeadStatus status, Caller caller) {
        return leads.leads(status, caller);
    }

    @Override
    public Lead followUp(long leadId, Caller caller) {
        return leads.followUp(leadId, caller);
    }

    @Override
    public List<ManagerNotice> notices(int limit, Caller caller) {
        return notices.notices(limit, caller);
    }

    @Override
    public LobbyRecord record(LocalDate day, Caller caller) {
        return record.record(day, complaints, caller);
    }

    @Override
    public List<Arrival> visits(String customerId, int limit, Caller caller) {
        return arrivals.visits(customerId, limit, caller);
    }

    @Override
    public List<Lead> openLeads(String customerId, Caller caller) {
        return leads.openLeads(customerId, caller);
    }

    @Override
    public java.util.Optional<org.branchdesk.lobby.api.Ticket> ticket(long ticketId, Caller caller) {
        return tickets.find(ticketId, caller);
    }

    @Override
    public org.branchdesk.lobby.api.SelfServiceGuidance selfServiceGuidance(java.time.LocalDate from, java.time.LocalDate to, Caller caller) {
        return record.selfService(from, to, caller);
    }
}
