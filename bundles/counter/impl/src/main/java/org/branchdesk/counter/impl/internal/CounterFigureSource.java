package org.branchdesk.counter.impl.internal;

import org.branchdesk.platform.figures.DailySeries;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.branchdesk.counter.api.CounterFigures;
import org.branchdesk.counter.api.CounterReport;
import org.branchdesk.counter.api.Diversion;
import org.branchdesk.counter.impl.internal.jpa.RequestEntity;
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
 * The counters' figures for the centre head's dashboard ({@code GET /api/figures}): the counter
 * diversion rate and the median time to authorise as the counter's own report computes them
 * ({@link CounterFigures}), and the requests completed each day (per maker), counted in the
 * database grouped by day.
 */
@Component
public final class CounterFigureSource implements FigureSource {

    static final Set<Role> READ = Set.of(Role.CENTER_HEAD);
    private static final long DAY_MILLIS = 86_400_000L;

    private final TransactionControl tx;
    private final EntityManager em;
    private final CounterFigures report;
    private final ModuleClock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile StaffDirectory staff;

    @Activate
    public CounterFigureSource(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.counter)") JPAEntityManagerProvider provider, @Reference CounterFigures report,
            @Reference ModuleClock clock) {
        this.tx = tx;
        this.em = provider.getResource(tx);
        this.report = report;
        this.clock = clock;
    }

    @Override
    public List<Figure> figures(FigurePeriod period, Caller caller) {
        caller.require(READ, "reading the counters' figures");
        CounterReport r = report.report(period.from(), period.to(), caller);
        List<Figure> out = new ArrayList<>();
        out.add(diversion(r.diversion()));
        out.add(completed(period));
        out.add(new Figure("counter.authorise-time", Map.of("en", "Time to authorise (median)", "zh-CN", "授权用时（中位数）"),
                Map.of("en", "The median seconds from a request's submission to its last approval, over the requests submitted in the period"
                        + " that were authorised (approved, to be keyed or completed); none authorised: no value.",
                        "zh-CN", "期间提交且已授权（已批准、待录入或已完成）的业务申请，从提交到最后一次授权的秒数中位数；无已授权申请则无数值。"),
                FigureUnit.SECONDS, r.authoriseP50Seconds() == null ? null : r.authoriseP50Seconds().doubleValue(), null, null, List.of(),
                List.of()));
        return out;
    }

    static Figure diversion(Diversion d) {
        String en = "Of the self-service-capable business the lobby received, the share sent to the machines: arrivals sent to"
                + " self-service over those plus such arrivals sent to a counter and completed requests of self-service-capable types,"
                + " for the period.";
        String zh = "大堂受理的可自助办理业务中引导至自助设备的比例：引导至自助区的到店数 ÷（该数 + 引导至柜台的同类到店数 + 柜台完成的可自助类型业务申请数）。";
        Double value = null;
        if (d == null) {
            en += " The lobby module is not installed, so there is no value.";
            zh += "未安装大堂模块，因此无数值。";
        } else if (d.rate() == null) {
            en += " There was no self-service-capable business in the period, so there is no value.";
            zh += "期间无可自助办理业务，因此无数值。";
        } else {
            value = Math.round(d.rate() * 1000) / 10.0;
        }
        return new Figure("counter.diversion", Map.of("en", "Counter diversion rate", "zh-CN", "超柜分流率"), Map.of("en", en, "zh-CN", zh),
                FigureUnit.PERCENT, value, 90.0, null, List.of(), List.of());
    }

    private Figure completed(FigurePeriod period) {
        ZoneOffset offset = clock.zone().getRules().getOffset(period.from().atStartOfDay());
        long offsetMillis = offset.getTotalSeconds() * 1000L;
        long start = period.from().atStartOfDay(clock.zone()).toInstant().toEpochMilli();
        long end = period.to().plusDays(1).atStartOfDay(clock.zone()).toInstant().toEpochMilli();
        // the local day of COMPLETED_AT, as an epoch day, computed and grouped by the database
        String day = "(COMPLETED_AT + " + offsetMillis + ") / " + DAY_MILLIS;
        String where = " FROM " + RequestEntity.TABLE + " WHERE STATUS = 'COMPLETED' AND COMPLETED_AT >= ? AND COMPLETED_AT < ?";
        return TxScopes.supports(tx, () -> {
            Map<LocalDate, Long> byDay = new TreeMap<>();
            for (Object row : em.createNativeQuery("SELECT " + day + ", COUNT(*)" + where + " GROUP BY " + day).setParameter(1, start)
                    .setParameter(2, end).getResultList()) {
                Object[] cells = (Object[]) row;
                byDay.merge(LocalDate.ofEpochDay(((Number) cells[0]).longValue()), ((Number) cells[1]).longValue(), Long::sum);
            }
            Map<String, Long> byMaker = new HashMap<>();
            for (Object row : em.createNativeQuery("SELECT MAKER, COUNT(*)" + where + " GROUP BY MAKER").setParameter(1, start)
                    .setParameter(2, end).getResultList()) {
                Object[] cells = (Object[]) row;
                byMaker.put((String) cells[0], ((Number) cells[1]).longValue());
            }
            return new Figure("counter.completed", Map.of("en", "Requests completed", "zh-CN", "完成业务笔数"),
                    Map.of("en", "Business requests completed (confirmed with core banking's reference) by the day they were completed;"
                            + " per member of staff, the completed requests they made.",
                            "zh-CN", "按完成日期统计已完成（已凭核心系统流水号确认）的业务申请笔数；按经办人列出其发起并完成的笔数。"),
                    FigureUnit.COUNT, DailySeries.total(byDay), null, null, DailySeries.everyDay(period, byDay, 0), makers(byMaker));
        });
    }

    private List<ManagerFigure> makers(Map<String, Long> byMaker) {
        StaffDirectory directory = staff;
        List<ManagerFigure> out = new ArrayList<>();
        new TreeMap<>(byMaker).forEach((username, n) -> out.add(new ManagerFigure(username,
                directory == null ? username : directory.find(username).map(Staff::displayName).orElse(username), n)));
        return out;
    }
}
