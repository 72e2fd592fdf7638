package org.branchdesk.marketing.api;

import java.time.Instant;
import java.util.List;

/** A customer's needs file: what they told their manager they want, the basis of their plan. */
public record Needs(String customerId, LifeStage lifeStage, List<GoalNeed> goals, String notes, String updatedBy,
        Instant updatedAt) {
}
