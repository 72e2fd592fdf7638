package org.branchdesk.counter.impl.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.branchdesk.counter.api.CounterFigures;
import org.branchdesk.counter.api.CounterReport;
import org.branchdesk.counter.api.CounterRequests;
import org.branchdesk.counter.api.Diversion;
import org.branchdesk.counter.api.PersonFigures;
import org.branchdesk.counter.api.RequestStatus;
import org.branchdesk.counter.api.RequestTypeInfo;
import org.branchdesk.counter.impl.internal.jpa.FiguresQueries;
import org.branchdesk.lobby.api.LobbyService;
import org.branchdesk.lobby.api.SelfServiceGuidance;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * The counters' figures over the requests submitted in some days: by type and status, time to
 * authorise and service time (p50, p90), rejections, per maker and per checker, and the counter
 * diversion rate when the lobby module is installed.
 */
@Component(service = CounterFigures.class)
public final class JpaCounterFigures implements CounterFigures {

    /** The seeds' target for the counter diversion rate (超柜分流率). */
    static final double DIVERSION_TARGET = 0.90;
    static final int DAYS_MAX = 366;

    private final TransactionControl tx;
    private final FiguresQueries queries;
    private final CounterRequests requests;
    private final ModuleClock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile LobbyService lobby;

    @Activate
    public JpaCounterFigures(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.counter)") JPAEntityManagerProvider provider, @Reference CounterRequests requests,
            @Reference ModuleClock clock) {
        this.tx = tx;
        this.queries = new FiguresQueries(provider.getResource(tx));
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public CounterReport report(LocalDate from, LocalDate to, Caller caller) {
        caller.require(CounterAccess.LEAD, "reading the counters' figures");
        LocalDate f = from == null ? clock.today() : from;
        LocalDate t = to == null ? f : to;
        if (t.isBefore(f) || f.plusDays(DAYS_MAX - 1).isBefore(t)) {
            throw new InvalidInputException("to", "on or after from, at most " + DAYS_MAX + " days");
        }
        long start = f.atStartOfDay(clock.zone()).toInstant().toEpochMilli();
        long end = t.plusDays(1).atStartOfDay(clock.zone()).toInstant().toEpochMilli();
        List<String> selfService = requests.types(Module.CALLER).stream().filter(RequestTypeInfo::selfServiceCapable)
                .map(RequestTypeInfo::code).toList();
        LobbyService l = lobby;
        SelfServiceGuidance guidance = l == null ? null : l.selfServiceGuidance(f, t, caller);
        return TxScopes.supports(tx, () -> {
            Map<String, Map<RequestStatus, Long>> byType = new TreeMap<>();
            long rejections = 0;
            for (Object[] row : queries.byTypeAndStatus(start, end)) {
                RequestStatus status = RequestStatus.valueOf((String) row[1]);
                long n = ((Number) row[2]).longValue();
                byType.computeIfAbsent((String) row[0], k -> new EnumMap<>(RequestStatus.class)).put(status, n);
                rejections += status == RequestStatus.REJECTED ? n : 0;
            }
            List<Long> authorise = queries.authoriseMillis(start, end);
            List<Long> service = queries.serviceMillis(start, end);
            Diversion diversion = guidance == null ? null
                    : diversion(guidance.toMachines(), guidance.toCounters() + queries.completedOf(selfService, start, end));
            return new CounterReport(f, t, byType, Percentiles.seconds(authorise, 50), Percentiles.seconds(authorise, 90),
                    Percentiles.seconds(service, 50), Percentiles.seconds(service, 90), rejections, makers(start, end), checkers(start, end),
                    diversion, l == null ? "not installed" : "installed");
        });
    }

    static Diversion diversion(long toMachines, long atCounter) {
        long all = toMachines + atCounter;
        return new Diversion(toMachines, atCounter, all == 0 ? null : (double) toMachines / all, DIVERSION_TARGET);
    }

    private List<PersonFigures> makers(long start, long end) {
        List<PersonFigures> out = new ArrayList<>();
        for (Object[] row : queries.perMaker(start, end)) {
            out.add(new PersonFigures((String) row[0], n(row[1]), n(row[2]), n(row[3]), n(row[4])));
        }
        return out;
    }

    private List<PersonFigures> checkers(long start, long end) {
        Map<String, long[]> by = new TreeMap<>();
        for (Object[] row : queries.approvalsPerChecker(start, end)) {
            by.computeIfAbsent((String) row[0], k -> new long[2])[0] = n(row[1]);
        }
        for (Object[] row : queries.rejectionsPerChecker(start, end)) {
            by.computeIfAbsent((String) row[0], k -> new long[2])[1] = n(row[1]);
        }
        List<PersonFigures> out = new ArrayList<>();
        by.forEach((who, v) -> out.add(new PersonFigures(who, v[0] + v[1], v[0], 0, v[1])));
        return out;
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
