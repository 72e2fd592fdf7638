package org.branchdesk.relationship.impl.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

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
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * The relationship module's figure for the centre head: the handovers completed in the period
 * within their deadline, for the centre and per new manager, in one grouped query.
 */
@Component
public final class HandoverFigures implements FigureSource {

    static final Set<Role> READ = Set.of(Role.CENTER_HEAD);

    private final TransactionControl tx;
    private final EntityManager em;
    private final StaffDirectory staff;
    private final ZoneId zone = ZoneId.systemDefault();

    @Activate
    public HandoverFigures(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.relationship)") JPAEntityManagerProvider provider, @Reference StaffDirectory staff) {
        this.tx = tx;
        this.em = provider.getResource(tx);
        this.staff = staff;
    }

    /** One manager's completed handovers and how many of them were on time. */
    record Count(String manager, long completed, long onTime) {
    }

    @Override
    public List<Figure> figures(FigurePeriod period, Caller caller) {
        caller.require(READ, "reading the relationship figures");
        long from = period.from().atStartOfDay(zone).toInstant().toEpochMilli();
        long to = period.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        List<Count> counts = tx.supports(() -> em.createQuery("SELECT h.successor, COUNT(h), SUM(CASE WHEN h.completedAt <= h.deadline "
                + "THEN 1 ELSE 0 END) FROM HandoverEntity h WHERE h.completedAt >= :f AND h.completedAt < :t GROUP BY h.successor",
                Object[].class).setParameter("f", from).setParameter("t", to).getResultList().stream()
                .map(r -> new Count((String) r[0], ((Number) r[1]).longValue(), r[2] == null ? 0 : ((Number) r[2]).longValue())).toList());
        List<ManagerFigure> managers = new ArrayList<>();
        for (Count c : counts) {
            String name = staff.find(c.manager()).map(Staff::displayName).orElse(c.manager());
            managers.add(new ManagerFigure(c.manager(), name, percent(c.onTime(), c.completed())));
        }
        managers.sort(Comparator.comparingDouble(ManagerFigure::value).reversed().thenComparing(ManagerFigure::username));
        return List.of(new Figure("relationship.handovers-on-time", Map.of("en", "Handovers completed on time", "zh-CN", "客户交接按时完成率"),
                Map.of("en", "Of the handovers completed in the period (oral notice, written notice and first contact all recorded), "
                        + "the share completed by their deadline; per manager, of the handovers each new manager completed. None "
                        + "when no handover was completed.",
                        "zh-CN", "期间内完成的客户交接（口头告知、书面告知和首次联系均已登记）中，在时限内完成的比例；按客户经理：各接手客户经理完成的交接中按时完成的比例。"
                                + "期间内无完成的交接时不给出。"),
                FigureUnit.PERCENT, total(counts), null, null, List.of(), managers));
    }

    /** The centre's share over every manager's counts, or null when none was completed. */
    static Double total(List<Count> counts) {
        long completed = counts.stream().mapToLong(Count::completed).sum();
        long onTime = counts.stream().mapToLong(Count::onTime).sum();
        return completed == 0 ? null : percent(onTime, completed);
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
