package org.branchdesk.marketing.impl.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.CustomerSelection;
import org.branchdesk.customer.api.ManagerProfile;
import org.branchdesk.customer.api.TargetCriteria;
import org.branchdesk.marketing.api.CrossSellFigures;
import org.branchdesk.marketing.api.MarketingFigures;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Cross-selling figures (关联销售): how many product families the premium customers of the centre or
 * of one manager hold (one counting query of the customer module), and the campaigns' contacts and
 * sales in a period. No customer's data leaves it, only counts. Its configuration is the lists'
 * ({@link ManagerLists} designates it).
 */
@Component(configurationPid = ListsConfigCheck.PID, service = MarketingFigures.class)
public final class CrossSelling implements MarketingFigures {

    /** The default period: the 30 days up to today. */
    static final int DEFAULT_DAYS = 30;
    /** The longest period counted at once. */
    static final int MOST_DAYS = 3660;

    private final AssignmentService assignments;
    private final CustomerSelection selection;
    private final ModuleClock clock;
    private volatile int families;

    /** The campaigns' figures, while that part of the module runs: without it, the campaign figures are 0. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile CampaignStats campaigns;

    @Activate
    public CrossSelling(@Reference AssignmentService assignments, @Reference CustomerSelection selection, @Reference ModuleClock clock,
            ListsConfig config) {
        this.assignments = assignments;
        this.selection = selection;
        this.clock = clock;
        modified(config);
    }

    @Modified
    void modified(ListsConfig config) {
        families = ListsConfigCheck.families(config);
    }

    @Override
    public CrossSellFigures crossSell(String manager, LocalDate from, LocalDate to, Caller caller) {
        String who = manager == null || manager.isBlank() ? null : manager.trim();
        if (who == null) {
            caller.require(MarketingAccess.LEAD, "reading the centre's figures");
        } else {
            MarketingAccess.requireManager(caller, who);
        }
        LocalDate[] period = period(from, to);
        return figures(who, contacts(period), caller);
    }

    @Override
    public List<CrossSellFigures> byManager(LocalDate from, LocalDate to, Caller caller) {
        caller.require(MarketingAccess.LEAD, "reading every manager's figures");
        LocalDate[] period = period(from, to);
        List<CampaignStats.ManagerContacts> contacts = contacts(period);
        List<CrossSellFigures> all = new ArrayList<>();
        for (ManagerProfile m : assignments.managers(caller)) {
            all.add(figures(m.username(), contacts, caller));
        }
        return all;
    }

    /** The period's campaign contacts per manager (one query), none while the campaigns do not run. */
    private List<CampaignStats.ManagerContacts> contacts(LocalDate[] period) {
        CampaignStats stats = campaigns;
        if (stats == null) {
            return List.of();
        }
        return stats.contactsByManager(period[0], period[1]);
    }

    private CrossSellFigures figures(String manager, List<CampaignStats.ManagerContacts> byManager, Caller caller) {
        Map<Integer, Long> counts = selection.familyCounts(
                new TargetCriteria(ManagerLists.PREMIUM, null, null, null, null, null, null, null, null, manager, null), caller);
        long contacts = 0, contacted = 0, bought = 0;
        for (CampaignStats.ManagerContacts m : byManager) {
            // the centre's: every manager's, and the targets who had none at launch ("")
            if (manager == null || manager.equals(m.manager())) {
                contacts += m.contacts();
                contacted += m.customersContacted();
                bought += m.customersBought();
            }
        }
        return new CrossSellFigures(manager, ListRules.customers(counts), counts, ListRules.averageFamilies(counts),
                ListRules.crossSellRate(counts, families), (int) contacts, (int) bought, ListRules.share(bought, contacted));
    }

    /** The period asked for, by default the {@value #DEFAULT_DAYS} days up to today; 400 naming {@code to} for one that ends before it starts. */
    private LocalDate[] period(LocalDate from, LocalDate to) {
        LocalDate end = to == null ? (from == null ? clock.today() : from.plusDays(DEFAULT_DAYS - 1)) : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1) : from;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "the period ends (" + end + ") before it starts (" + start + ")");
        }
        if (start.plusDays(MOST_DAYS).isBefore(end)) {
            throw new InvalidInputException("from", "a period is at most " + MOST_DAYS + " days");
        }
        return new LocalDate[] { start, end };
    }
}
