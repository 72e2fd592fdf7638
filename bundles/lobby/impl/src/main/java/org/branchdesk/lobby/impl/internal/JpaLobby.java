package org.branchdesk.lobby.impl.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.Identifier;
import org.branchdesk.lobby.api.Arrival;
import org.branchdesk.lobby.api.ArrivalRequest;
import org.branchdesk.lobby.api.ArrivalSource;
import org.branchdesk.lobby.api.ComplaintCount;
import org.branchdesk.lobby.api.Guidance;
import org.branchdesk.lobby.api.GuidanceMode;
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
import org.branchdesk.lobby.impl.internal.jpa.ArrivalEntity;
import org.branchdesk.lobby.impl.internal.jpa.LeadEntity;
import org.branchdesk.lobby.impl.internal.jpa.NoticeEntity;
import org.branchdesk.lobby.impl.internal.jpa.TicketEntity;
import org.branchdesk.platform.api.Branch;
import org.branchdesk.platform.api.BranchProfile;
import org.branchdesk.platform.api.BranchTier;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.persistence.DailyNumbers;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/** The lobby, stored in the database; the customer module is used only through its API. */
@Designate(ocd = LobbyConfig.class)
@Component(configurationPid = "org.branchdesk.lobby")
public final class JpaLobby implements LobbyService {

    /** Event Admin topic of a premium customer's arrival; {@link NoticeWriter} keeps the notices. */
    static final String PREMIUM_ARRIVED = "org/branchdesk/lobby/PREMIUM_ARRIVED";
    /** The customer module's customer numbers: at most 32 letters, digits, '-' or '_'. */
    static final int CUSTOMER_ID_MAX = 32;
    /** A ticket number's letter, by service point. */
    private static final String TICKET_LETTERS = "MVPABSRF";

    private final TransactionControl tx;
    private final EntityManager em;
    private final CustomerService customers;
    private final Branch branch;
    private final EventAdmin events;
    private final DailyNumbers numbers;
    // branch IT's configuration, changed in place (@Modified): the lobby stays up while its rules change
    private volatile RoutingTable table;
    private volatile long maxWaitMillis;
    private final Clock clock = Clock.systemDefaultZone();
    private final Map<ServicePoint, ReentrantLock> queueLocks = new EnumMap<>(ServicePoint.class);

    /** Integrators' rules, asked before the table; DS keeps them sorted by ranking, lowest first. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<RoutingRule> rules;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ComplaintCount complaints;

    @Activate
    public JpaLobby(@Reference TransactionControl tx, @Reference(target = "(osgi.unit.name=branchdesk.lobby)") JPAEntityManagerProvider provider,
            @Reference CustomerService customers, @Reference Branch branch, @Reference EventAdmin events,
            @Reference DailyNumbers numbers, LobbyConfig config) {
        this.tx = tx;
        this.em = provider.getResource(tx);
        this.customers = customers;
        this.branch = branch;
        this.events = events;
        this.numbers = numbers;
        modified(config);
        for (ServicePoint point : ServicePoint.values()) {
            queueLocks.put(point, new ReentrantLock(true));
        }
    }

    /** A new configuration (or its deletion: the defaults) takes effect for the next arrival, without restarting the lobby. */
    @Modified
    void modified(LobbyConfig config) {
        table = new RoutingTable(config.rules());
        maxWaitMillis = config.maxWaitBehindPremiumSeconds() * 1000;
    }

    @Override
    public Arrival arrive(ArrivalRequest request, Caller caller) {
        caller.require(LobbyAccess.RECEIVE, "registering an arrival");
        if (request == null || request.purpose() == null) {
            throw new InvalidInputException("purpose", "required: one of CASH, NON_CASH, WEALTH_CONSULTATION, SELF_SERVICE, COMPLAINT, OTHER");
        }
        ArrivalSource source = source(request.source(), caller);
        Customer customer = identify(request, caller);
        BranchProfile profile = branch.profile();
        boolean premium = customer != null && customer.segment() != null && customer.segment().premium();
        boolean potential = customer != null && customer.potentialPremium();
        RoutingContext context = new RoutingContext(customer == null ? null : customer.segment(), premium, potential,
                customer != null && customer.manager() != null, request.purpose(), profile.tier());
        Guidance guidance = route(context);
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
            a.rule = guidance.rule().length() > 300 ? guidance.rule().substring(0, 300) : guidance.rule();
            a.registeredBy = caller.username();
            Ticket ticket = guidance.mode() == GuidanceMode.TICKET
                    ? issueTicket(guidance.servicePoint(), guidance.priority(), a.customerId) : null;
            a.ticketId = ticket == null ? null : ticket.id();
            if ((premium || potential) && a.manager == null && openLeadOf(a.customerId).isEmpty()) {
                a.leadId = newLead(a.customerId, source, caller.username(), "identified on arrival (" + request.purpose() + ")",
                        profile).id;
            }
            em.persist(a);
            em.flush();
            return new Arrival(a.id, now, source, a.purpose, customer, premium, potential, a.manager, guidance, ticket, a.leadId,
                    caller.username());
        });
        if (premium && arrival.manager() != null) {
            Map<String, Object> props = new HashMap<>();
            props.put("manager", arrival.manager());
            props.put("customerId", customer.id());
            props.put("customerName", customer.name());
            props.put("servicePoint", guidance.servicePoint().name());
            props.put("purpose", request.purpose().name());
            props.put("at", now.toEpochMilli());
            events.postEvent(new Event(PREMIUM_ARRIVED, props));
        }
        return arrival;
    }

    private static ArrivalSource source(ArrivalSource given, Caller caller) {
        if (given != null) {
            return given;
        }
        if (caller.has(Role.TELLER) && !caller.has(Role.LOBBY_MANAGER)) {
            throw new InvalidInputException("source", "tellers register arrivals at CASH_COUNTER or NON_CASH_COUNTER");
        }
        return ArrivalSource.LOBBY;
    }

    private Customer identify(ArrivalRequest r, Caller caller) {
        Map<Identifier, String> given = new EnumMap<>(Identifier.class);
        putIfGiven(given, Identifier.CUSTOMER_ID, r.customerId());
        putIfGiven(given, Identifier.CARD_NUMBER, r.cardNumber());
        putIfGiven(given, Identifier.ID_NUMBER, r.idNumber());
        putIfGiven(given, Identifier.PHONE, r.phone());
        if (given.isEmpty()) {
            return null; // an unidentified walk-in
        }
        if (given.size() > 1) {
            throw new InvalidInputException("identifier", "give one of customerId, cardNumber, idNumber, phone, not " + given.keySet());
        }
        Map.Entry<Identifier, String> id = given.entrySet().iterator().next();
        return customers.identify(id.getKey(), id.getValue(), caller)
                .orElseThrow(() -> new NotFoundException("customer with this " + id.getKey().name().toLowerCase().replace('_', ' '), "given"));
    }

    private static void putIfGiven(Map<Identifier, String> map, Identifier kind, String value) {
        if (value != null && !value.isBlank()) {
            map.put(kind, value.trim());
        }
    }

    /** Integrators' rules by ranking, highest first, then the table. */
    Guidance route(RoutingContext context) {
        List<RoutingRule> bound = rules == null ? List.of() : new ArrayList<>(rules);
        Collections.reverse(bound);
        for (RoutingRule rule : bound) {
            Optional<Guidance> g = rule.route(context);
            if (g.isPresent()) {
                return g.get();
            }
        }
        return table.route(context).orElse(new Guidance(ServicePoint.RECEPTION, Priority.STANDARD, GuidanceMode.PERSONAL,
                "no rule matched: the lobby manager decides"));
    }

    @Override
    public Ticket issue(ServicePoint point, Priority priority, String customerId, Caller caller) {
        caller.require(LobbyAccess.RECEIVE, "issuing a ticket");
        if (point == null) {
            throw new InvalidInputException("servicePoint", "required");
        }
        if (customerId != null && !customerId.isBlank()) {
            // a ticket names a customer who exists (this also audits who put them in the queue)
            if (customerId.trim().length() > CUSTOMER_ID_MAX) {
                throw new InvalidInputException("customerId", "a customer number has at most " + CUSTOMER_ID_MAX + " characters");
            }
            customers.identify(Identifier.CUSTOMER_ID, customerId.trim(), caller)
                    .orElseThrow(() -> new InvalidInputException("customerId", "no customer " + customerId.trim()));
        }
        String customer = customerId == null || customerId.isBlank() ? null : customerId.trim();
        return tx.required(() -> issueTicket(point, priority == null ? Priority.STANDARD : priority, customer));
    }

    /**
     * A ticket of the queue, numbered with the point's letter and the queue's daily number from
     * {@link DailyNumbers}, which stays unique across restarts and runtimes sharing the database.
     * A number whose arrival rolls back is skipped, as on any ticket machine; the unique
     * constraint on (DAY, NUMBER) is the last line of defence.
     */
    private Ticket issueTicket(ServicePoint point, Priority priority, String customerId) {
        LocalDate today = LocalDate.now(clock);
        long next = numbers.next(ticketSequence(point), today, () -> highestTicket(point, today));
        TicketEntity t = new TicketEntity();
        t.number = ticketNumber(point, next);
        t.day = today;
        t.servicePoint = point;
        t.priority = priority;
        t.status = TicketStatus.WAITING;
        t.customerId = customerId;
        t.issuedAt = clock.millis();
        em.persist(t);
        em.flush();
        return toTicket(t);
    }

    /** The queue's series of {@link DailyNumbers}. */
    static String ticketSequence(ServicePoint point) {
        return "lobby.ticket." + point.name();
    }

    /** The point's letter and at least three digits: V003. */
    static String ticketNumber(ServicePoint point, long number) {
        return String.format("%s%03d", TICKET_LETTERS.charAt(point.ordinal()), number);
    }

    /** The highest number of the queue's tickets today, for a day begun before tickets were counted by DailyNumbers. */
    private long highestTicket(ServicePoint point, LocalDate day) {
        return em.createQuery("SELECT t.number FROM TicketEntity t WHERE t.day = :d AND t.servicePoint = :p", String.class)
                .setParameter("d", day).setParameter("p", point).getResultList().stream().mapToLong(JpaLobby::numberOf).max().orElse(0);
    }

    /** The daily number of a stored ticket number (B003: 3), 0 when it is not one. */
    static long numberOf(String ticket) {
        String digits = ticket.length() < 2 ? "" : ticket.substring(1);
        return !digits.isEmpty() && digits.length() < 19 && digits.chars().allMatch(Character::isDigit) ? Long.parseLong(digits) : 0;
    }

    @Override
    public List<QueueView> queues(Caller caller) {
        caller.require(LobbyAccess.QUEUES, "reading the queues");
        return tx.supports(() -> {
            long now = clock.millis();
            Map<ServicePoint, List<TicketEntity>> byPoint = new TreeMap<>();
            em.createQuery("SELECT t FROM TicketEntity t WHERE t.day = :d AND t.status IN :s ORDER BY t.id", TicketEntity.class)
                    .setParameter("d", LocalDate.now(clock)).setParameter("s", List.of(TicketStatus.WAITING, TicketStatus.CALLED))
                    .getResultList().forEach(t -> byPoint.computeIfAbsent(t.servicePoint, p -> new ArrayList<>()).add(t));
            List<QueueView> views = new ArrayList<>();
            byPoint.forEach((point, tickets) -> {
                List<QueueView.WaitingTicket> waiting = tickets.stream().filter(t -> t.status == TicketStatus.WAITING)
                        .sorted((a, b) -> a.priority != b.priority ? a.priority.compareTo(b.priority) : Long.compare(a.id, b.id))
                        .map(t -> new QueueView.WaitingTicket(toTicket(t), (now - t.issuedAt) / 1000)).toList();
                List<Ticket> called = tickets.stream().filter(t -> t.status == TicketStatus.CALLED).map(JpaLobby::toTicket).toList();
                long longest = waiting.stream().mapToLong(QueueView.WaitingTicket::waitSeconds).max().orElse(0);
                views.add(new QueueView(point, waiting.size(), longest, waiting, called));
            });
            return views;
        });
    }

    @Override
    public Optional<Ticket> callNext(ServicePoint point, String counter, Caller caller) {
        caller.require(LobbyAccess.COUNTER, "calling a ticket");
        if (point == null) {
            throw new InvalidInputException("servicePoint", "required");
        }
        if (counter == null || counter.isBlank() || counter.length() > 20) {
            throw new InvalidInputException("counter", "the counter calling, 1 to 20 characters, e.g. \"3\"");
        }
        // one caller per queue at a time in this runtime; the conditional update below guards the
        // database itself, should two runtimes ever share it
        ReentrantLock lock = queueLocks.get(point);
        lock.lock();
        try {
            return tx.required(() -> {
                long now = clock.millis();
                Optional<TicketEntity> next = next(point, now);
                if (next.isEmpty()) {
                    return Optional.<Ticket>empty();
                }
                TicketEntity t = next.get();
                int taken = em.createQuery("UPDATE TicketEntity t SET t.status = :called, t.calledAt = :now, t.counter = :counter "
                        + "WHERE t.id = :id AND t.status = :waiting").setParameter("called", TicketStatus.CALLED)
                        .setParameter("now", now).setParameter("counter", counter.trim()).setParameter("id", t.id)
                        .setParameter("waiting", TicketStatus.WAITING).executeUpdate();
                if (taken != 1) {
                    throw new ConflictException("servicePoint", "the ticket was called by another counter; call again");
                }
                return Optional.of(new Ticket(t.id, t.number, t.servicePoint, t.priority, TicketStatus.CALLED, t.customerId,
                        Instant.ofEpochMilli(t.issuedAt), Instant.ofEpochMilli(now), counter.trim()));
            });
        } finally {
            lock.unlock();
        }
    }

    /**
     * Premium first; but the oldest standard ticket goes first once it has waited longer than
     * the bound and a premium ticket issued after it would pass it again.
     */
    private Optional<TicketEntity> next(ServicePoint point, long now) {
        Optional<TicketEntity> premium = oldest(point, Priority.PREMIUM);
        Optional<TicketEntity> standard = oldest(point, Priority.STANDARD);
        if (premium.isPresent() && standard.isPresent()) {
            TicketEntity s = standard.get();
            boolean starving = now - s.issuedAt >= maxWaitMillis && premium.get().id > s.id;
            return starving ? standard : premium;
        }
        return premium.isPresent() ? premium : standard;
    }

    private Optional<TicketEntity> oldest(ServicePoint point, Priority priority) {
        return em.createQuery("SELECT t FROM TicketEntity t WHERE t.day = :d AND t.servicePoint = :p AND t.priority = :prio "
                + "AND t.status = :w ORDER BY t.id", TicketEntity.class).setParameter("d", LocalDate.now(clock))
                .setParameter("p", point).setParameter("prio", priority).setParameter("w", TicketStatus.WAITING).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    @Override
    public Ticket finish(long ticketId, TicketStatus outcome, Caller caller) {
        caller.require(LobbyAccess.COUNTER, "finishing a ticket");
        if (outcome != TicketStatus.DONE && outcome != TicketStatus.NO_SHOW) {
            throw new InvalidInputException("status", "a ticket finishes as DONE or NO_SHOW");
        }
        return tx.required(() -> {
            TicketEntity t = em.find(TicketEntity.class, ticketId);
            if (t == null) {
                throw new NotFoundException("ticket", ticketId);
            }
            if (t.status != TicketStatus.CALLED) {
                throw new ConflictException("status", "ticket " + t.number + " is " + t.status + ", not CALLED");
            }
            t.status = outcome;
            t.finishedAt = clock.millis();
            return toTicket(t);
        });
    }

    @Override
    public Lead refer(String customerId, ArrivalSource source, String note, Caller caller) {
        caller.require(LobbyAccess.REFER, "referring a lead");
        if (customerId == null || customerId.isBlank()) {
            throw new InvalidInputException("customerId", "required");
        }
        if (note != null && note.length() > 500) {
            throw new InvalidInputException("note", "at most 500 characters");
        }
        customers.identify(Identifier.CUSTOMER_ID, customerId, caller)
                .orElseThrow(() -> new NotFoundException("customer", customerId));
        BranchProfile profile = branch.profile();
        return tx.required(() -> {
            if (openLeadOf(customerId).isPresent()) {
                throw new ConflictException("customerId", "customer " + customerId + " already has an open lead");
            }
            return toLead(newLead(customerId, source == null ? ArrivalSource.LOBBY : source, caller.username(), note, profile));
        });
    }

    private LeadEntity newLead(String customerId, ArrivalSource source, String by, String note, BranchProfile profile) {
        LeadEntity l = new LeadEntity();
        l.customerId = customerId;
        l.source = source;
        l.referredBy = by;
        l.note = note;
        l.status = LeadStatus.OPEN;
        // a convenience store cannot serve premium customers: the lead goes to its sub-branch
        l.referredTo = profile.tier() == BranchTier.CONVENIENCE_STORE ? profile.parentSubBranch() : null;
        l.createdAt = clock.millis();
        l.day = LocalDate.now(clock);
        em.persist(l);
        em.flush();
        return l;
    }

    private Optional<LeadEntity> openLeadOf(String customerId) {
        if (customerId == null) {
            return Optional.empty();
        }
        // no setMaxResults: a customer has at most one open lead (refer() refuses a second), and
        // EclipseLink prepares a query with a row limit anew at every execution
        return em.createQuery("SELECT l FROM LeadEntity l WHERE l.customerId = :c AND l.status = :open", LeadEntity.class)
                .setParameter("c", customerId).setParameter("open", LeadStatus.OPEN).getResultList().stream().findFirst();
    }

    @Override
    public List<Lead> leads(LeadStatus status, Caller caller) {
        caller.require(LobbyAccess.LEADS, "reading leads");
        return tx.supports(() -> em.createQuery("SELECT l FROM LeadEntity l WHERE l.status = :s ORDER BY l.id DESC", LeadEntity.class)
                .setParameter("s", status == null ? LeadStatus.OPEN : status).setMaxResults(500).getResultList().stream()
                .map(JpaLobby::toLead).toList());
    }

    @Override
    public Lead followUp(long leadId, Caller caller) {
        caller.require(LobbyAccess.FOLLOW_UP, "following up a lead");
        return tx.required(() -> {
            LeadEntity l = em.find(LeadEntity.class, leadId);
            if (l == null) {
                throw new NotFoundException("lead", leadId);
            }
            if (l.status != LeadStatus.OPEN) {
                throw new ConflictException("status", "lead " + leadId + " is already followed up");
            }
            l.status = LeadStatus.FOLLOWED_UP;
            return toLead(l);
        });
    }

    @Override
    public List<ManagerNotice> notices(int limit, Caller caller) {
        caller.require(LobbyAccess.NOTICES, "reading arrival notices");
        return tx.supports(() -> em.createQuery("SELECT n FROM NoticeEntity n WHERE n.manager = :m ORDER BY n.id DESC", NoticeEntity.class)
                .setParameter("m", caller.username()).setMaxResults(limit).getResultList().stream()
                .map(n -> new ManagerNotice(n.id, n.manager, n.customerId, n.customerName, n.servicePoint, n.purpose,
                        Instant.ofEpochMilli(n.at))).toList());
    }

    @Override
    public LobbyRecord record(LocalDate day, Caller caller) {
        caller.require(LobbyAccess.RECORD, "reading the lobby record");
        ComplaintCount complaintCount = complaints;
        return tx.supports(() -> {
            List<ArrivalEntity> arrivals = em.createQuery("SELECT a FROM ArrivalEntity a WHERE a.day = :d", ArrivalEntity.class)
                    .setParameter("d", day).getResultList();
            List<LeadEntity> leads = em.createQuery("SELECT l FROM LeadEntity l WHERE l.day = :d", LeadEntity.class)
                    .setParameter("d", day).getResultList();
            Map<String, Set<String>> byManager = new TreeMap<>();
            Map<ArrivalSource, Set<String>> identified = new EnumMap<>(ArrivalSource.class);
            for (ArrivalEntity a : arrivals) {
                if (!a.premium) {
                    continue;
                }
                identified.computeIfAbsent(a.source, s -> new HashSet<>()).add(a.customerId);
                if (a.manager != null && a.servicePoint == ServicePoint.CUSTOMER_MANAGER) {
                    byManager.computeIfAbsent(a.manager, m -> new HashSet<>()).add(a.customerId);
                }
            }
            // tellers' referrals from the counters count as identifications there too
            leads.stream().filter(l -> l.source != ArrivalSource.LOBBY)
                    .forEach(l -> identified.computeIfAbsent(l.source, s -> new HashSet<>()).add(l.customerId));
            Map<String, Integer> received = new TreeMap<>();
            byManager.forEach((m, c) -> received.put(m, c.size()));
            return new LobbyRecord(day, arrivals.size(), received, count(identified, ArrivalSource.LOBBY),
                    count(identified, ArrivalSource.CASH_COUNTER), count(identified, ArrivalSource.NON_CASH_COUNTER), leads.size(),
                    complaintCount == null ? null : complaintCount.receivedOn(day),
                    complaintCount == null ? "not installed" : "installed");
        });
    }

    private static int count(Map<ArrivalSource, Set<String>> identified, ArrivalSource source) {
        return identified.getOrDefault(source, Set.of()).size();
    }

    @Override
    public List<Arrival> visits(String customerId, int limit, Caller caller) {
        caller.require(LobbyAccess.CUSTOMER, "reading a customer's visits");
        return tx.supports(() -> em.createQuery("SELECT a FROM ArrivalEntity a WHERE a.customerId = :c ORDER BY a.id DESC",
                ArrivalEntity.class).setParameter("c", customerId).setMaxResults(limit).getResultList().stream()
                .map(a -> new Arrival(a.id, Instant.ofEpochMilli(a.at), a.source, a.purpose, null, a.premium, a.potentialPremium,
                        a.manager, new Guidance(a.servicePoint, a.priority, a.mode, a.rule), null, a.leadId, a.registeredBy))
                .toList());
    }

    @Override
    public List<Lead> openLeads(String customerId, Caller caller) {
        caller.require(LobbyAccess.CUSTOMER, "reading a customer's leads");
        return tx.supports(() -> openLeadOf(customerId).map(JpaLobby::toLead).map(List::of).orElse(List.of()));
    }

    private static Ticket toTicket(TicketEntity t) {
        return new Ticket(t.id, t.number, t.servicePoint, t.priority, t.status, t.customerId, Instant.ofEpochMilli(t.issuedAt),
                t.calledAt == null ? null : Instant.ofEpochMilli(t.calledAt), t.counter);
    }

    private static Lead toLead(LeadEntity l) {
        return new Lead(l.id, l.customerId, l.source, l.referredBy, l.note, l.status, l.referredTo, Instant.ofEpochMilli(l.createdAt));
    }
}
