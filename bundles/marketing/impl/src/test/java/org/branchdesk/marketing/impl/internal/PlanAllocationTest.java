package org.branchdesk.marketing.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.marketing.api.AllocationShare;
import org.branchdesk.marketing.api.Goal;
import org.branchdesk.marketing.api.GoalNeed;
import org.branchdesk.marketing.api.RiskTolerance;
import org.branchdesk.platform.api.InvalidInputException;
import org.junit.Test;

public class PlanAllocationTest {

    @Test
    public void everyRowOfTheTableSumsToAHundredAndNeverGoesAboveTheTolerancesCategories() {
        for (PlanAllocation.Band band : PlanAllocation.Band.values()) {
            for (RiskTolerance t : RiskTolerance.values()) {
                Map<ProductCategory, Integer> mix = PlanAllocation.mix(band, t);
                assertEquals(band + " " + t, 100, mix.values().stream().mapToInt(Integer::intValue).sum());
                if (t.level() <= 3) {
                    assertTrue(band + " " + t + ": no stocks below C4... " + mix, !mix.containsKey(ProductCategory.STOCK) || t.level() >= 4);
                }
            }
        }
        assertEquals(Map.of(ProductCategory.DEPOSIT, 100), PlanAllocation.mix(PlanAllocation.Band.NOW, RiskTolerance.C5));
    }

    @Test
    public void horizonsFallInTheirBands() {
        assertEquals(PlanAllocation.Band.NOW, PlanAllocation.Band.of(Goal.LIQUIDITY, 20));
        assertEquals(PlanAllocation.Band.NOW, PlanAllocation.Band.of(Goal.GROWTH, 0));
        assertEquals(PlanAllocation.Band.SHORT, PlanAllocation.Band.of(Goal.HOUSING, 1));
        assertEquals(PlanAllocation.Band.SHORT, PlanAllocation.Band.of(Goal.HOUSING, 3));
        assertEquals(PlanAllocation.Band.MEDIUM, PlanAllocation.Band.of(Goal.EDUCATION, 4));
        assertEquals(PlanAllocation.Band.MEDIUM, PlanAllocation.Band.of(Goal.EDUCATION, 7));
        assertEquals(PlanAllocation.Band.LONG, PlanAllocation.Band.of(Goal.RETIREMENT, 8));
    }

    @Test
    public void goalsAreWeightedByTheirAmounts() {
        // 300,000 for liquidity (deposits 100) and 100,000 for retirement in 20 years at C4 (bonds 20, funds 60, stocks 20)
        List<AllocationShare> a = PlanAllocation.recommend(List.of(new GoalNeed(Goal.LIQUIDITY, new BigDecimal("300000"), 0),
                new GoalNeed(Goal.RETIREMENT, new BigDecimal("100000"), 20)), RiskTolerance.C4);
        assertEquals(Map.of(ProductCategory.DEPOSIT, 75, ProductCategory.BOND, 5, ProductCategory.FUND, 15, ProductCategory.STOCK, 5), asMap(a));
        assertEquals(List.of(ProductCategory.DEPOSIT, ProductCategory.BOND, ProductCategory.FUND, ProductCategory.STOCK),
                a.stream().map(AllocationShare::category).toList());
    }

    @Test
    public void roundingGivesWholePercentsSummingToExactlyAHundred() {
        // three equal goals in three bands at C3: thirds of the rows, which do not divide evenly
        List<AllocationShare> a = PlanAllocation.recommend(List.of(new GoalNeed(Goal.LIQUIDITY, new BigDecimal("1"), 0),
                new GoalNeed(Goal.HOUSING, new BigDecimal("1"), 2), new GoalNeed(Goal.RETIREMENT, new BigDecimal("1"), 30)), RiskTolerance.C3);
        assertEquals(100, a.stream().mapToInt(s -> s.percent().intValueExact()).sum());
        // deposits (100 + 30 + 0) / 3 = 43.33, bonds (30 + 30) / 3 = 20, wealth (40 + 20) / 3 = 20, funds 50 / 3 = 16.67
        assertEquals(Map.of(ProductCategory.DEPOSIT, 43, ProductCategory.BOND, 20, ProductCategory.WEALTH_PRODUCT, 20, ProductCategory.FUND, 17),
                asMap(a));
        for (RiskTolerance t : RiskTolerance.values()) {
            for (int years = 0; years <= 12; years++) {
                List<AllocationShare> mixed = PlanAllocation.recommend(List.of(new GoalNeed(Goal.EDUCATION, new BigDecimal("123457.89"), years),
                        new GoalNeed(Goal.GROWTH, new BigDecimal("77.01"), 12 - years), new GoalNeed(Goal.HOUSING, new BigDecimal("3333.33"), 5)), t);
                assertEquals(t + " " + years, 0, mixed.stream().map(AllocationShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .compareTo(new BigDecimal(100)));
            }
        }
    }

    @Test
    public void noValidProfileIsPlannedAsTheMostCarefulTolerance() {
        List<GoalNeed> goals = List.of(new GoalNeed(Goal.RETIREMENT, new BigDecimal("500000"), 25));
        assertEquals(PlanAllocation.recommend(goals, RiskTolerance.C1), PlanAllocation.recommend(goals, null));
        assertEquals(Map.of(ProductCategory.DEPOSIT, 30, ProductCategory.BOND, 70), asMap(PlanAllocation.recommend(goals, null)));
        assertEquals("no goals: one medium-term goal", asMap(PlanAllocation.recommend(List.of(), RiskTolerance.C3)),
                PlanAllocation.mix(PlanAllocation.Band.MEDIUM, RiskTolerance.C3));
    }

    @Test
    public void aGivenAllocationSumsToAHundredWithEachCategoryOnce() {
        List<AllocationShare> ok = PlanAllocation.checked(List.of(share(ProductCategory.FUND, "33.34"), share(ProductCategory.DEPOSIT, "66.66")));
        assertEquals(List.of(ProductCategory.DEPOSIT, ProductCategory.FUND), ok.stream().map(AllocationShare::category).toList());
        assertField("allocation", List.of(share(ProductCategory.FUND, "50"), share(ProductCategory.DEPOSIT, "49.99")));
        assertField("allocation[1].category", List.of(share(ProductCategory.FUND, "50"), share(ProductCategory.FUND, "50")));
        assertField("allocation[0].category", List.of(share(ProductCategory.LOAN, "100")));
        assertField("allocation[0].category", List.of(share(null, "100")));
        assertField("allocation[0].percent", List.of(share(ProductCategory.FUND, "0"), share(ProductCategory.DEPOSIT, "100")));
        assertField("allocation[0].percent", List.of(share(ProductCategory.FUND, "100.001")));
        assertField("allocation[0].percent", List.of(share(ProductCategory.FUND, "-10"), share(ProductCategory.DEPOSIT, "110")));
        assertField("allocation", List.of());
    }

    private static void assertField(String field, List<AllocationShare> allocation) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PlanAllocation.checked(allocation));
        assertEquals(e.getMessage(), field, e.field());
    }

    private static AllocationShare share(ProductCategory c, String percent) {
        return new AllocationShare(c, new BigDecimal(percent));
    }

    private static Map<ProductCategory, Integer> asMap(List<AllocationShare> shares) {
        return shares.stream().collect(Collectors.toMap(AllocationShare::category, s -> s.percent().intValueExact()));
    }
}
