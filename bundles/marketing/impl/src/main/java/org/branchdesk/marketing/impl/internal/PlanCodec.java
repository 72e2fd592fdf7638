package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.marketing.api.AllocationShare;
import org.branchdesk.marketing.api.Goal;
import org.branchdesk.marketing.api.GoalNeed;

/** The plan row's goal and allocation columns: {@code GOAL:amount:years;...} and {@code CATEGORY=percent;...}. */
final class PlanCodec {

    private PlanCodec() {
    }

    static String goals(List<GoalNeed> goals) {
        return goals.stream().map(g -> g.goal().name() + ":" + (g.amount() == null ? "0" : g.amount().toPlainString()) + ":" + g.horizonYears())
                .collect(Collectors.joining(";"));
    }

    static List<GoalNeed> goals(String text) {
        List<GoalNeed> goals = new ArrayList<>();
        if (text != null && !text.isEmpty()) {
            for (String g : text.split(";")) {
                String[] p = g.split(":");
                goals.add(new GoalNeed(Goal.valueOf(p[0]), new BigDecimal(p[1]), Integer.parseInt(p[2])));
            }
        }
        return goals;
    }

    static String allocation(List<AllocationShare> shares) {
        return shares.stream().map(s -> s.category().name() + "=" + s.percent().toPlainString()).collect(Collectors.joining(";"));
    }

    static List<AllocationShare> allocation(String text) {
        List<AllocationShare> shares = new ArrayList<>();
        if (text != null && !text.isEmpty()) {
            for (String s : text.split(";")) {
                String[] p = s.split("=");
                shares.add(new AllocationShare(ProductCategory.valueOf(p[0]), new BigDecimal(p[1])));
            }
        }
        return shares;
    }
}
