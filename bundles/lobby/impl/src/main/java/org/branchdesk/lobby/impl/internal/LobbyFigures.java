package org.branchdesk.lobby.impl.internal;

import org.branchdesk.platform.figures.DailySeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.branchdesk.platform.figures.Figure;
import org.branchdesk.platform.figures.FigurePeriod;
import org.branchdesk.platform.figures.FigureSource;
import org.branchdesk.platform.figures.FigureUnit;
import org.branchdesk.platform.figures.ManagerFigure;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.Staff;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * The lobby's figures for the centre head's dashboard ({@code GET /api/figures}): arrivals,
 * premium arrivals (per customer manager), the wait from ticket to call and the leads opened,
 * each by day. Every query is grouped by day in the database, so a year costs a few hundred rows.
 */
@Component
public final class LobbyFigures implements FigureSource {

    /** Who may read them: they are computed over every customer and member of staff. */
    static final Set<Role> READ = Set.of(Role.CENTER_HEAD);

    private final TransactionControl tx;
    private final EntityManager em;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile StaffDirectory staff;

    @Activate
    public LobbyFigures(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.lobby)") JPAEntityManagerProvider provider) {
        this.tx = tx;
        this.em = provider.getResource(tx);
    }

    @Override
    public List<Figure> figures(FigurePeriod period, Caller caller) {
        caller.require(READ, "reading the lobby's figures");
        return tx.supports(() -> {
            Map<LocalDate, Long> arrivals = perDay("SELECT a.day, COUNT(a) FROM ArrivalEntity a WHERE a.day >= :f AND a.day <= :t"
                    + " GROUP BY a.day", period);
            Map<LocalDate, Long> premium = perDay("SELECT a.day, COUNT(a) FROM ArrivalEntity a WHERE a.day >= :f AND a.day <= :t"
                    + " AND a.premium = :p GROUP BY a.day", period);
            Map<LocalDate, Long> leads = perDay("SELECT l.day, COUNT(l) FROM LeadEntity l WHERE l.day >= :f AND l.day <= :t"
                    + " GROUP BY l.day", period);
            List<Object[]> byManager = em.createQuery("SELECT a.manager, COUNT(a) FROM ArrivalEntity a WHERE a.day >= :f AND a.day <= :t"
                    + " AND a.premium = :p AND a.manager IS NOT NULL GROUP BY a.manager ORDER BY a.manager", Object[].class)
                    .setParameter("p", true).setParameter("f", period.from()).setParameter("t", period.to()).getResultList();
            List<Object[]> waits = em.createQuery("SELECT t.day, SUM(t.calledAt - t.issuedAt), COUNT(t) FROM TicketEntity t"
                    + " WHERE t.day >= :f AND t.day <= :t AND t.calledAt IS NOT NULL GROUP BY t.day", Object[].class)
                    .setParameter("f", period.from()).setParameter("t", period.to()).getResultList();

            List<Figure> out = new ArrayList<>();
            out.add(new Figure("lobby.arrivals", Map.of("en", "Arrivals", "zh-CN", "到店客户"),
                    Map.of("en", "Every arrival the lobby and the counters registered, identified or walk-in, counted on the day it was"
                            + " registered; the value is the sum over the period.",
                            "zh-CN", "大堂及柜台登记的每一次到店（含已识别客户与未识别的散客），按登记日期计数；数值为期间合计。"),
                    FigureUnit.COUNT, DailySeries.total(arrivals), null, null, DailySeries.everyDay(period, arrivals, 0), List.of()));
            out.add(new Figure("lobby.premium-arrivals", Map.of("en", "Premium customers' arrivals", "zh-CN", "高端客户到店"),
                    Map.of("en", "Arrivals of customers identified as premium (high-net-worth or private banking) when they arrived, by day;"
                            + " per customer manager, those of the manager's own premium customers.",
                            "zh-CN", "到店时识别为高端客户（贵宾、私人银行客户）的到店次数，按日计数；按客户经理列出其名下高端客户的到店次数。"),
                    FigureUnit.COUNT, DailySeries.total(premium), null, null, DailySeries.everyDay(period, premium, 0), managers(byManager)));
            out.add(wait(period, waits));
            out.add(new Figure("lobby.leads", Map.of("en", "Leads opened", "zh-CN", "新增商机线索"),
                    Map.of("en", "Leads opened by day: premium and potential-premium customers without a dedicated manager on arrival,"
                            + " and customers referred by tellers and staff.",
                            "zh-CN", "按日统计新增线索：到店时无专属客户经理的高端及潜在高端客户，以及柜员和员工推荐的客户。"),
                    FigureUnit.COUNT, DailySeries.total(leads), null, null, DailySeries.everyDay(period, leads, 0), List.of()));
            return out;
        });
    }

    private Figure wait(FigurePeriod period, List<Object[]> rows) {
        Map<LocalDate, Double> byDay = new TreeMap<>();
        double millis = 0;
        long tickets = 0;
        for (Object[] row : rows) {
            long sum = ((Number) row[1]).longValue();
            long n = ((Number) row[2]).longValue();
            if (n > 0) {
                byDay.put((LocalDate) row[0], averageSeconds(sum, n));
                millis += sum;
                tickets += n;
            }
        }
        return new Figure("lobby.wait", Map.of("en", "Wait for a counter", "zh-CN", "平均等候时间"),
                Map.of("en", "Average seconds from a queue ticket's issue to its call, over the tickets called, by the day the ticket"
                        + " was issued; days without a called ticket have no point.",
                        "zh-CN", "已叫号排队号从取号到叫号的平均秒数，按取号日期计算；当日无叫号则无数据点。"),
                FigureUnit.SECONDS, tickets == 0 ? null : averageSeconds((long) millis, tickets), null, null,
                DailySeries.daysWithValue(period, byDay), List.of());
    }

    /** Milliseconds summed over n, as seconds to one decimal. */
    static double averageSeconds(long sumMillis, long n) {
        return Math.round(sumMillis / (double) n / 100.0) / 10.0;
    }

    private Map<LocalDate, Long> perDay(String jpql, FigurePeriod period) {
        Map<LocalDate, Long> out = new TreeMap<>();
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("f", period.from())
                .setParameter("t", period.to());
        if (jpql.contains(":p")) {
            query.setParameter("p", true);
        }
        for (Object[] row : query.getResultList()) {
            out.put((LocalDate) row[0], ((Number) row[1]).longValue());
        }
        return out;
    }

    private List<ManagerFigure> managers(List<Object[]> rows) {
        StaffDirectory directory = staff;
        List<ManagerFigure> out = new ArrayList<>();
        for (Object[] row : rows) {
            String username = (String) row[0];
            String name = directory == null ? username : directory.find(username).map(Staff::displayName).orElse(username);
            out.add(new ManagerFigure(username, name, ((Number) row[1]).doubleValue()));
        }
        return out;
    }
}
