package org.branchdesk.marketing.api;

import java.util.List;

/**
 * A plan's content. {@code allocation} absent means the module's recommendation from the goals and
 * the customer's tolerance; given, it must sum to 100 with each category once. {@code lines} may be
 * empty in a draft, not in a plan presented. Note: at most 2,000 characters.
 */
public record PlanInput(List<AllocationShare> allocation, List<PlanLine> lines, String note) {
}
