package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.marketing.api.AllocationShare;
import org.branchdesk.marketing.api.Goal;
import org.branchdesk.marketing.api.GoalNeed;
import org.branchdesk.marketing.api.RiskTolerance;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;

/**
 * The plan's allocation by category: the module's recommendation from the goals and the
 * customer's tolerance, and the rule for an allocation staff give themselves. The table is the
 * project's own (the seeds say only that a plan is a customised portfolio of the bank's own and
 * agency products): liquidity and money needed now go to deposits; a short horizon to deposits,
 * bonds and wealth products; longer horizons move to funds and, for the bolder tolerances, stocks.
 * Each goal's mix is weighted by its amount; the sum is rounded to whole percents that add up to
 * exactly 100 (largest remainder).
 */
public final class PlanAllocation {

    /** A horizon band of the table. */
    enum Band {
        /** Liquidity, or money needed within the year. */
        NOW,
        /** 1 to 3 years. */
        SHORT,
        /** 4 to 7 years. */
        MEDIUM,
        /** 8 years or more. */
        LONG;

        static Band of(Goal goal, int horizonYears) {
            if (goal == Goal.LIQUIDITY || horizonYears <= 0) {
                return NOW;
            }
            return horizonYears <= 3 ? SHORT : horizonYears <= 7 ? MEDIUM : LONG;
        }
    }

    /** The categories an allocation may name: every asset category, never a loan. */
    static final Set<ProductCategory> ALLOCATABLE = EnumSet.complementOf(EnumSet.of(ProductCategory.LOAN));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PlanAllocation() {
    }

    /**
     * The table: per band and tolerance (C1 to C5), the mix in percent, each row summing to 100.
     * A customer without a valid risk profile is planned as C1, the most careful row.
     */
    static Map<ProductCategory, Integer> mix(Band band, RiskTolerance tolerance) {
        int t = tolerance == null ? 1 : tolerance.level();
        return switch (band) {
        case NOW -> shares(ProductCategory.DEPOSIT, 100);
        case SHORT -> switch (t) {
            case 1 -> shares(ProductCategory.DEPOSIT, 60, ProductCategory.BOND, 40);
            case 2 -> shares(ProductCategory.DEPOSIT, 40, ProductCategory.BOND, 30, ProductCategory.WEALTH_PRODUCT, 30);
            default -> shares(ProductCategory.DEPOSIT, 30, ProductCategory.BOND, 30, ProductCategory.WEALTH_PRODUCT, 40);
        };
        case MEDIUM -> switch (t) {
            case 1 -> shares(ProductCategory.DEPOSIT, 40, ProductCategory.BOND, 60);
            case 2 -> shares(ProductCategory.DEPOSIT, 20, ProductCategory.BOND, 40, ProductCategory.WEALTH_PRODUCT, 40);
            case 3 -> shares(ProductCategory.BOND, 30, ProductCategory.WEALTH_PRODUCT, 40, ProductCategory.FUND, 30);
            case 4 -> shares(ProductCategory.BOND, 20, ProductCategory.WEALTH_PRODUCT, 30, ProductCategory.FUND, 50);
            default -> shares(ProductCategory.BOND, 10, ProductCategory.WEALTH_PRODUCT, 20, ProductCategory.FUND, 50,
                    ProductCategory.STOCK, 20);
        };
        case LONG -> switch (t) {
            case 1 -> shares(ProductCategory.DEPOSIT, 30, ProductCategory.BOND, 70);
            case 2 -> shares(ProductCategory.BOND, 50, ProductCategory.WEALTH_PRODUCT, 30, ProductCategory.FUND, 20);
            case 3 -> shares(ProductCategory.BOND, 30, ProductCategory.WEALTH_PRODUCT, 20, ProductCategory.FUND, 50);
            case 4 -> shares(ProductCategory.BOND, 20, ProductCategory.FUND, 60, ProductCategory.STOCK, 20);
            default -> shares(ProductCategory.BOND, 10, ProductCategory.FUND, 50, ProductCategory.STOCK, 40);
        };
        };
    }

    /**
     * The recommended allocation for these goals and this tolerance (null: no valid profile, planned
     * as C1): whole percents summing to exactly 100, by category order. No goals at all are planned
     * as one medium-term goal.
     */
    public static List<AllocationShare> recommend(List<GoalNeed> goals, RiskTolerance tolerance) {
        Map<ProductCategory, BigDecimal> weighted = new EnumMap<>(ProductCategory.class);
        BigDecimal total = BigDecimal.ZERO;
        List<GoalNeed> given = goals == null ? List.of() : goals.stream().filter(g -> g != null && g.goal() != null).toList();
        if (given.isEmpty()) {
            mix(Band.MEDIUM, tolerance).forEach((c, p) -> weighted.put(c, BigDecimal.valueOf(p)));
            total = BigDecimal.ONE;
        } else {
            for (GoalNeed g : given) {
                BigDecimal amount = g.amount() == null || g.amount().signum() <= 0 ? BigDecimal.ONE : g.amount();
                total = total.add(amount);
                mix(Band.of(g.goal(), g.horizonYears()), tolerance)
                        .forEach((c, p) -> weighted.merge(c, amount.multiply(BigDecimal.valueOf(p)), BigDecimal::add));
            }
        }
        return wholePercents(weighted, total);
    }

    /** Largest remainder: floors first, then one point each to the largest fractions until 100. */
    static List<AllocationShare> wholePercents(Map<ProductCategory, BigDecimal> weighted, BigDecimal total) {
        Map<ProductCategory, BigDecimal> exact = new EnumMap<>(ProductCategory.class);
        weighted.forEach((c, w) -> exact.put(c, w.divide(total, 12, RoundingMode.HALF_EVEN)));
        Map<ProductCategory, Integer> whole = new EnumMap<>(ProductCategory.class);
        int sum = 0;
        for (Map.Entry<ProductCategory, BigDecimal> e : exact.entrySet()) {
            int floor = e.getValue().setScale(0, RoundingMode.FLOOR).intValueExact();
            whole.put(e.getKey(), floor);
            sum += floor;
        }
        List<ProductCategory> byRemainder = new ArrayList<>(exact.keySet());
        byRemainder.sort(Comparator.comparing((ProductCategory c) -> exact.get(c).subtract(BigDecimal.valueOf(whole.get(c)))).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int i = 0; sum < 100; i = (i + 1) % byRemainder.size()) {
            whole.merge(byRemainder.get(i), 1, Integer::sum);
            sum++;
        }
        List<AllocationShare> shares = new ArrayList<>();
        whole.forEach((c, p) -> {
            if (p > 0) {
                shares.add(new AllocationShare(c, BigDecimal.valueOf(p)));
            }
        });
        return shares;
    }

    /**
     * An allocation given by staff, checked: each share names an asset category once, with a percent
     * above 0 and at most 100 with at most two decimals, summing to exactly 100. 400 naming
     * {@code allocation[i].category}, {@code allocation[i].percent} or {@code allocation}. Returned by
     * category order.
     */
    public static List<AllocationShare> checked(List<AllocationShare> allocation) {
        List<FieldError> errors = new ArrayList<>();
        Map<ProductCategory, BigDecimal> seen = new EnumMap<>(ProductCategory.class);
        BigDecimal sum = BigDecimal.ZERO;
        if (allocation.isEmpty()) {
            errors.add(new FieldError("allocation", "is empty: leave it out for the recommended allocation, or give shares summing to 100"));
        }
        for (int i = 0; i < allocation.size(); i++) {
            AllocationShare s = allocation.get(i);
            String at = "allocation[" + i + "]";
            if (s == null) {
                errors.add(new FieldError(at, "is required"));
                continue;
            }
            if (s.category() == null) {
                errors.add(new FieldError(at + ".category", "is required"));
            } else if (!ALLOCATABLE.contains(s.category())) {
                errors.add(new FieldError(at + ".category", "a loan is not an asset to allocate"));
            } else if (seen.containsKey(s.category())) {
                errors.add(new FieldError(at + ".category", s.category() + " is given more than once"));
            }
            BigDecimal p = s.percent();
            if (p == null) {
                errors.add(new FieldError(at + ".percent", "is required"));
            } else if (p.signum() <= 0 || p.compareTo(HUNDRED) > 0 || p.stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError(at + ".percent", "'" + p.toPlainString() + "' is not a percent above 0 and at most 100 with at most two decimals"));
            } else {
                sum = sum.add(p);
                if (s.category() != null && ALLOCATABLE.contains(s.category())) {
                    seen.putIfAbsent(s.category(), p);
                }
            }
        }
        if (errors.isEmpty() && sum.compareTo(HUNDRED) != 0) {
            errors.add(new FieldError("allocation", "the shares sum to " + sum.stripTrailingZeros().toPlainString() + ", not 100"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<AllocationShare> ordered = new ArrayList<>();
        seen.forEach((c, p) -> ordered.add(new AllocationShare(c, p)));
        return ordered;
    }

    private static Map<ProductCategory, Integer> shares(Object... pairs) {
        Map<ProductCategory, Integer> m = new EnumMap<>(ProductCategory.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((ProductCategory) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }
}
