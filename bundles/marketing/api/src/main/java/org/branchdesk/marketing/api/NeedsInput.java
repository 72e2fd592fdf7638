package org.branchdesk.marketing.api;

import java.util.List;

/** A needs file to keep: {@code lifeStage} required, each goal at most once, notes at most 2,000 characters. */
public record NeedsInput(LifeStage lifeStage, List<GoalNeed> goals, String notes) {
}
