package org.branchdesk.marketing.api;

import java.math.BigDecimal;

/**
 * One goal of the customer's: how much (CNY, above zero) in how many years (0 to 50; 0 is now).
 */
public record GoalNeed(Goal goal, BigDecimal amount, int horizonYears) {
}
