package org.branchdesk.complaint.impl.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.branchdesk.platform.figures.DailySeries;
import org.branchdesk.platform.figures.Figure;
import org.branchdesk.platform.figures.FigurePeriod;
import org.branchdesk.platform.figures.FigureSource;
import org.branchdesk.platform.figures.FigureUnit;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/** The complaint module's figures for the centre head: complaints received per day, and the share closed on time. */
@Component
public final class ComplaintFigures implements FigureSource {

    private final TransactionControl tx;
    private final EntityManager em;
    private final ZoneId zone = ZoneId.systemDefault();

    @Activate
    public ComplaintFigures(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.complaint)") JPAEntityManagerProvider provider) {
        this.tx = tx;
        this.em = provider.getResource(tx);
    }

    @Override
    public List<Figure> figures(FigurePeriod period, Caller caller) {
        caller.require(ComplaintAccess.STATS, "reading the complaint figures");
        return tx.supports(() -> compute(period));
    }

    private List<Figure> compute(FigurePeriod period) {
        Map<LocalDate, Long> perDay = new HashMap<>();
        long total = 0;
        for (Object[] row : em.createQuery("SELECT c.day, COUNT(c) FROM ComplaintEntity c WHERE c.day BETWEEN :f AND :t GROUP BY c.day",
                Object[].class).setParameter("f", period.from()).setParameter("t", period.to()).getResultList()) {
            long n = ((Number) row[1]).longValue();
            perDay.put((LocalDate) row[0], n);
            total += n;
        }
        Figure received = new Figure("complaint.received", Map.of("en", "Complaints received", "zh-CN", "受理投诉数"),
                Map.of("en", "Complaints recorded in the period, by the day they were received (any channel, with or without a "
                        + "customer); one point per day.", "zh-CN", "期间内登记的投诉数（任何渠道，含匿名投诉），按受理日期计；每天一个点。"),
                FigureUnit.COUNT, (double) total, null, null, DailySeries.everyDay(period, perDay, 0), List.of());

        long from = period.from().atStartOfDay(zone).toInstant().toEpochMilli();
        long to = period.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        Object[] closed = em.createQuery("SELECT COUNT(c), SUM(CASE WHEN c.overdue = FALSE AND c.resolvedAt <= c.resolveBy THEN 1 ELSE 0 END) "
                + "FROM ComplaintEntity c WHERE c.closedAt >= :f AND c.closedAt < :t", Object[].class)
                .setParameter("f", from).setParameter("t", to).getSingleResult();
        long all = closed[0] == null ? 0 : ((Number) closed[0]).longValue();
        long onTime = closed[1] == null ? 0 : ((Number) closed[1]).longValue();
        Figure share = new Figure("complaint.on-time", Map.of("en", "Complaints closed on time", "zh-CN", "投诉按时办结率"),
                Map.of("en", "Of the complaints closed in the period, the share that never missed a deadline (never marked overdue "
                        + "by the escalation check) and were resolved by their resolution deadline; none when none was closed.",
                        "zh-CN", "期间内办结的投诉中，从未逾期（未被升级检查标记为逾期）且在处理时限内解决的比例；期间内无办结投诉时不给出。"),
                FigureUnit.PERCENT, OnTime.percent(onTime, all), null, null, List.of(), List.of());
        return List.of(received, share);
    }
}
