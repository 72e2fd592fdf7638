package org.branchdesk.marketing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A financial-planning proposal (理财策划方案) for a customer: one version of it.
 *
 * @param number      the customer's plan number: every version of one plan shares it
 * @param version     1 for the first draft, one more for each revision
 * @param goals       the goals of the needs file it was made from
 * @param allocation  the recommended allocation by category, summing to 100
 * @param lines       the products chosen, each suitable when the version was written
 * @param total       the sum of the lines
 * @param decisionBy  who recorded the customer's decision, or null
 */
public record FinancialPlan(long id, String customerId, long number, int version, PlanStatus status, List<GoalNeed> goals,
        List<AllocationShare> allocation, List<PlanLine> lines, BigDecimal total, String note, String createdBy,
        Instant createdAt, Instant presentedAt, Instant decidedAt, String decisionBy, String decisionNote) {
}
