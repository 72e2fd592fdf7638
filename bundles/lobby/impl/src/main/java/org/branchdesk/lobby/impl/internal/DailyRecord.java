package org.branchdesk.lobby.impl.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.branchdesk.lobby.api.ArrivalSource;
import org.branchdesk.lobby.api.ComplaintCount;
import org.branchdesk.lobby.api.LobbyRecord;
import org.branchdesk.lobby.api.SelfServiceGuidance;
import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.lobby.api.VisitPurpose;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.lobby.impl.internal.jpa.ArrivalEntity;
import org.branchdesk.lobby.impl.internal.jpa.LeadEntity;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * The lobby's record of a day: arrivals, premium customers received by each manager, premium
 * customers identified at each place, leads, and the complaints received if that module is there.
 */
final class DailyRecord {

    private final TransactionControl tx;
    private final EntityManager em;

    DailyRecord(TransactionControl tx, EntityManager em) {
        this.tx = tx;
        this.em = em;
    }

    /** @param complaints the complaint module's count, {@code null} when it is not installed */
    LobbyRecord record(LocalDate day, ComplaintCount complaints, Caller caller) {
        caller.require(LobbyAccess.RECORD, "reading the lobby record");
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
                    complaints == null ? null : complaints.receivedOn(day), complaints == null ? "not installed" : "installed");
        });
    }

    private static int count(Map<ArrivalSource, Set<String>> identified, ArrivalSource source) {
        return identified.getOrDefault(source, Set.of()).size();
    }

    /** Service points that are a counter: self-service-capable business sent there did not go to the machines. */
    private static final Set<ServicePoint> COUNTERS = Set.of(ServicePoint.CASH_COUNTER, ServicePoint.NON_CASH_COUNTER,
            ServicePoint.PRIORITY_WINDOW);
    static final int GUIDANCE_DAYS_MAX = 366;

    /** Where the self-service-capable arrivals of the days (inclusive) were sent. */
    SelfServiceGuidance selfService(LocalDate from, LocalDate to, Caller caller) {
        caller.require(LobbyAccess.GUIDANCE, "reading where self-service business was sent");
        if (from == null) {
            throw new InvalidInputException("from", "a day is required");
        }
        if (to == null) {
            throw new InvalidInputException("to", "a day is required");
        }
        if (to.isBefore(from) || from.plusDays(GUIDANCE_DAYS_MAX - 1).isBefore(to)) {
            throw new InvalidInputException("to", "on or after from, at most " + GUIDANCE_DAYS_MAX + " days");
        }
        return tx.supports(() -> {
            List<Object[]> rows = em.createQuery("SELECT a.servicePoint, COUNT(a) FROM ArrivalEntity a WHERE a.day >= :f AND a.day <= :t"
                    + " AND a.purpose = :p GROUP BY a.servicePoint", Object[].class).setParameter("f", from).setParameter("t", to)
                    .setParameter("p", VisitPurpose.SELF_SERVICE).getResultList();
            long machines = 0;
            long counters = 0;
            for (Object[] row : rows) {
                long n = ((Number) row[1]).longValue();
                if (row[0] == ServicePoint.SELF_SERVICE) {
                    machines += n;
                } else if (COUNTERS.contains(row[0])) {
                    counters += n;
                }
            }
            return new SelfServiceGuidance(from, to, machines, counters);
        });
    }
}
