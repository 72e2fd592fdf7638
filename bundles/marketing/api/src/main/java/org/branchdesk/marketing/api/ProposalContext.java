package org.branchdesk.marketing.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.Segment;

/**
 * What a {@link ProductProposer} is told about a customer: their classification, tolerance,
 * families held and goals, and the shelf, but no identity (no name, ID number or phone).
 *
 * @param tolerance the customer's valid risk tolerance (proposals are asked for only when there is one)
 * @param shelf     the products on the shelf today
 */
public record ProposalContext(String customerId, Segment segment, BigDecimal averageAssets, RiskTolerance tolerance,
        Set<ProductCategory> held, List<GoalNeed> goals, List<Product> shelf) {
}
