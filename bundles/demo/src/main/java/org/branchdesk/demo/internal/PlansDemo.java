package org.branchdesk.demo.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.marketing.api.AllocationShare;
import org.branchdesk.marketing.api.FinancialPlan;
import org.branchdesk.marketing.api.FinancialPlans;
import org.branchdesk.marketing.api.Goal;
import org.branchdesk.marketing.api.Opportunities;
import org.branchdesk.marketing.api.Opportunity;
import org.branchdesk.marketing.api.OpportunityInput;
import org.branchdesk.marketing.api.OpportunitySource;
import org.branchdesk.marketing.api.PlanInput;
import org.branchdesk.marketing.api.PlanLine;
import org.branchdesk.marketing.api.Referral;
import org.branchdesk.marketing.api.ReferralInput;
import org.branchdesk.marketing.api.ReferralKind;
import org.branchdesk.marketing.api.Referrals;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The plans part of contact marketing in the demo branch, on top of {@link MarketingDemo}'s shelf,
 * risk profiles and needs file: a presented plan for D00017 from own and agency products, an
 * opportunity from a teller's referral (D00010, a potential-premium customer without a manager), an
 * open referral from the lobby manager (D00022, on demo.cm's development list) and a won
 * opportunity (D00014's family trust, credited to demo.cm).
 */
@Component(immediate = true)
public final class PlansDemo {

    private static final Caller CM = new Caller("demo.cm", "Customer manager (demo)", Set.of(Role.CUSTOMER_MANAGER));
    private static final Caller TELLER = new Caller("demo.teller", "Teller (demo)", Set.of(Role.TELLER));
    private static final Caller LOBBY = new Caller("demo.lobby", "Lobby manager (demo)", Set.of(Role.LOBBY_MANAGER));

    @Activate
    public PlansDemo(@Reference MarketingDemo marketing, @Reference FinancialPlans plans, @Reference Opportunities opportunities,
            @Reference Referrals referrals) {
        if (!marketing.loadedNow()) {
            return;
        }
        MarketingDemo.step("a presented plan", () -> {
            FinancialPlan plan = plans.draft("D00017", new PlanInput(List.of(new AllocationShare(ProductCategory.DEPOSIT, new BigDecimal("30")),
                    new AllocationShare(ProductCategory.WEALTH_PRODUCT, new BigDecimal("40")),
                    new AllocationShare(ProductCategory.FUND, new BigDecimal("30"))),
                    List.of(new PlanLine("DM-TD-3Y", new BigDecimal("100000"), Goal.EDUCATION),
                            new PlanLine("DM-WP-365", new BigDecimal("150000"), Goal.EDUCATION),
                            new PlanLine("DM-FND-BAL", new BigDecimal("100000"), Goal.RETIREMENT)),
                    "education first, then retirement"), CM);
            return plans.present(plan.id(), CM);
        });
        MarketingDemo.step("an opportunity from a referral", () -> {
            Referral r = referrals.refer(new ReferralInput(ReferralKind.STAFF, "D00010", null, "demo.cm",
                    "holds more at another bank, asked about funds at the counter"), TELLER);
            return opportunities.open(new OpportunityInput("D00010", "DM-FND-BOND", new BigDecimal("50000"), OpportunitySource.REFERRAL, r.id(),
                    "call back about the bond fund"), CM);
        });
        // still open: on demo.cm's development list until they open an opportunity from it or decline it
        MarketingDemo.step("an open referral", () -> referrals.refer(new ReferralInput(ReferralKind.STAFF, "D00022", null, "demo.cm",
                "asked the lobby about saving for a flat; holds more at another bank"), LOBBY));
        MarketingDemo.step("a won opportunity", () -> {
            Opportunity won = opportunities.open(new OpportunityInput("D00014", "DM-TR-FAM", new BigDecimal("3000000"), OpportunitySource.MANUAL,
                    null, "family trust for the estate plan"), CM);
            return opportunities.win(won.id(), new BigDecimal("3000000"), CM);
        });
    }
}
