package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.ManagerProfile;
import org.branchdesk.marketing.api.CrossSellFigures;
import org.branchdesk.marketing.api.MarketingFigures;
import org.branchdesk.platform.figures.Figure;
import org.branchdesk.platform.figures.FigurePeriod;
import org.branchdesk.platform.figures.FigureSource;
import org.branchdesk.platform.figures.FigureUnit;
import org.branchdesk.platform.figures.ManagerFigure;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contact marketing's figure for the centre head: how many of the customers contacted in
 * campaigns during the period bought, for the centre and per manager, from the campaign
 * contacts counted per manager in one query ({@link MarketingFigures}).
 */
@Component
public final class ConversionFigures implements FigureSource {

    static final Set<Role> READ = Set.of(Role.CENTER_HEAD);

    private final MarketingFigures figures;
    private final AssignmentService assignments;

    @Activate
    public ConversionFigures(@Reference MarketingFigures figures, @Reference AssignmentService assignments) {
        this.figures = figures;
        this.assignments = assignments;
    }

    @Override
    public List<Figure> figures(FigurePeriod period, Caller caller) {
        caller.require(READ, "reading the marketing figures");
        CrossSellFigures centre = figures.crossSell(null, period.from(), period.to(), caller);
        Map<String, String> names = new HashMap<>();
        for (ManagerProfile m : assignments.managers(caller)) {
            names.put(m.username(), m.displayName());
        }
        List<ManagerFigure> managers = new ArrayList<>();
        for (CrossSellFigures m : figures.byManager(period.from(), period.to(), caller)) {
            Double rate = percent(m.campaignSuccessRate(), m.campaignContacts());
            if (rate != null) {
                managers.add(new ManagerFigure(m.manager(), names.getOrDefault(m.manager(), m.manager()), rate));
            }
        }
        managers.sort(Comparator.comparingDouble(ManagerFigure::value).reversed().thenComparing(ManagerFigure::username));
        return List.of(new Figure("marketing.conversion", Map.of("en", "Campaign conversion", "zh-CN", "营销活动成交率"),
                Map.of("en", "Of the customers contacted in campaigns during the period, the share who bought (a contact with the "
                        + "outcome BOUGHT), for the centre; per manager, of the customers each contacted, for the managers who "
                        + "contacted anyone. None when nobody was contacted.",
                        "zh-CN", "期间内营销活动中被联系的客户里，已购买（联系结果为“已购买”）的比例，按全中心计算；按客户经理：各客户经理所联系客户中的成交比例，"
                                + "仅列出期间内有联系记录的客户经理。期间内无人被联系时不给出。"),
                FigureUnit.PERCENT, percent(centre.campaignSuccessRate(), centre.campaignContacts()), null, null, List.of(), managers));
    }

    /** A share of 0 to 1 as percent, or null when there were no contacts to share out. */
    static Double percent(BigDecimal share, int contacts) {
        return contacts == 0 || share == null ? null : share.doubleValue() * 100;
    }
}
