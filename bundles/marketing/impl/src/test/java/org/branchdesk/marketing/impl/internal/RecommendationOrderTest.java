package org.branchdesk.marketing.impl.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.marketing.api.Goal;
import org.branchdesk.marketing.api.GoalNeed;
import org.branchdesk.marketing.api.Issuer;
import org.branchdesk.marketing.api.Product;
import org.branchdesk.marketing.api.RiskRating;
import org.junit.Test;

public class RecommendationOrderTest {

    private static Product p(String code, ProductCategory category) {
        return new Product(code, code, "f", category, Issuer.OWN, RiskRating.R1, BigDecimal.ZERO, null, null, null, List.of(), List.of(), false);
    }

    private static final List<Product> SHELF = List.of(p("DEP", ProductCategory.DEPOSIT), p("BND", ProductCategory.BOND),
            p("FND", ProductCategory.FUND), p("INS", ProductCategory.INSURANCE), p("TRS", ProductCategory.TRUST),
            p("MOB", null), p("WLT", ProductCategory.WEALTH_PRODUCT));

    private static List<String> codes(Set<ProductCategory> held, List<GoalNeed> goals) {
        return RecommendationOrder.candidates(SHELF, held, goals).stream().map(c -> c.product().code()).toList();
    }

    @Test
    public void withoutGoalsTheCategoriesNotHeldInTheirOrder() {
        assertEquals(List.of("BND", "TRS", "WLT", "INS"), codes(EnumSet.of(ProductCategory.DEPOSIT, ProductCategory.FUND), List.of()));
    }

    @Test
    public void theGoalsCategoriesComeFirstInTheGoalsOrder() {
        List<GoalNeed> goals = List.of(new GoalNeed(Goal.RETIREMENT, BigDecimal.ONE, 20), new GoalNeed(Goal.LIQUIDITY, BigDecimal.ONE, 0));
        // retirement: insurance, bonds, trusts; liquidity: deposits (held), wealth products; then the rest
        assertEquals(List.of("INS", "BND", "TRS", "WLT", "FND"), codes(EnumSet.of(ProductCategory.DEPOSIT), goals));
        assertEquals("for the goal RETIREMENT: no INSURANCE held yet",
                RecommendationOrder.candidates(SHELF, Set.of(), goals).get(0).reason());
    }

    @Test
    public void everyGoalHasCategories() {
        for (Goal g : Goal.values()) {
            assertEquals(g.name(), true, !RecommendationOrder.GOALS.get(g).isEmpty());
        }
    }
}
