package org.branchdesk.marketing.api;

import java.math.BigDecimal;

/** A product chosen in a plan, for how much, towards which goal (null for none in particular). */
public record PlanLine(String productCode, BigDecimal amount, Goal goal) {
}
