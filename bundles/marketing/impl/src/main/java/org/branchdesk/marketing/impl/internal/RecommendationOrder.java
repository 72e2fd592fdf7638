package org.branchdesk.marketing.impl.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.marketing.api.Goal;
import org.branchdesk.marketing.api.GoalNeed;
import org.branchdesk.marketing.api.Product;

/**
 * The module's own recommendation rule, without a framework: the shelf's products of categories
 * the customer holds no balance in, those serving the goals of their needs file first (in the
 * order of the goals, each goal's categories in the order below), then the rest by category and
 * code. Products without a category (services, channels) are not recommended by this rule.
 * The goal-to-category table is the project's own:
 * <ul>
 * <li>EDUCATION: funds, insurance, bonds</li>
 * <li>RETIREMENT: insurance, bonds, trusts</li>
 * <li>HOUSING: deposits, wealth products, bonds</li>
 * <li>GROWTH: funds, stocks, wealth products, trusts, precious metals</li>
 * <li>LIQUIDITY: deposits, wealth products</li>
 * </ul>
 */
final class RecommendationOrder {

    static final Map<Goal, List<ProductCategory>> GOALS = new EnumMap<>(Map.of(
            Goal.EDUCATION, List.of(ProductCategory.FUND, ProductCategory.INSURANCE, ProductCategory.BOND),
            Goal.RETIREMENT, List.of(ProductCategory.INSURANCE, ProductCategory.BOND, ProductCategory.TRUST),
            Goal.HOUSING, List.of(ProductCategory.DEPOSIT, ProductCategory.WEALTH_PRODUCT, ProductCategory.BOND),
            Goal.GROWTH, List.of(ProductCategory.FUND, ProductCategory.STOCK, ProductCategory.WEALTH_PRODUCT, ProductCategory.TRUST,
                    ProductCategory.PRECIOUS_METAL),
            Goal.LIQUIDITY, List.of(ProductCategory.DEPOSIT, ProductCategory.WEALTH_PRODUCT)));

    /** One candidate of the rule and why. */
    record Candidate(Product product, String reason) {
    }

    private RecommendationOrder() {
    }

    static List<Candidate> candidates(List<Product> shelf, Set<ProductCategory> held, List<GoalNeed> goals) {
        Map<ProductCategory, Goal> first = new EnumMap<>(ProductCategory.class);
        List<ProductCategory> order = new ArrayList<>();
        for (GoalNeed g : goals) {
            for (ProductCategory c : GOALS.get(g.goal())) {
                if (first.putIfAbsent(c, g.goal()) == null) {
                    order.add(c);
                }
            }
        }
        Set<ProductCategory> ranked = new LinkedHashSet<>(order);
        for (ProductCategory c : ProductCategory.values()) {
            ranked.add(c);
        }
        List<ProductCategory> rank = List.copyOf(ranked);
        return shelf.stream().filter(p -> p.category() != null && !p.retired() && !held.contains(p.category()))
                .sorted(Comparator.comparingInt((Product p) -> rank.indexOf(p.category())).thenComparing(Product::code))
                .map(p -> new Candidate(p, first.containsKey(p.category())
                        ? "for the goal " + first.get(p.category()) + ": no " + p.category() + " held yet"
                        : "no " + p.category() + " held yet"))
                .toList();
    }
}
