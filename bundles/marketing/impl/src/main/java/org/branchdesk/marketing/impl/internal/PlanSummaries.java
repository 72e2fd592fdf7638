package org.branchdesk.marketing.impl.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.marketing.api.FinancialPlan;
import org.branchdesk.marketing.api.FinancialPlans;
import org.branchdesk.marketing.api.PlanLine;
import org.branchdesk.marketing.api.Product;
import org.branchdesk.marketing.api.ProductShelf;
import org.branchdesk.marketing.api.RiskProfiles;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Staff;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The printable summary of a plan version ({@link PlanSummaryHtml}), for whoever may read the
 * plan; printing it is audited ({@code PLAN_SUMMARY}) besides the reads it makes.
 */
@Component(service = PlanSummaries.class)
public final class PlanSummaries {

    private final FinancialPlans plans;
    private final CustomerService customers;
    private final RiskProfiles risk;
    private final ProductShelf shelf;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final ModuleClock clock;

    @Activate
    public PlanSummaries(@Reference FinancialPlans plans, @Reference CustomerService customers, @Reference RiskProfiles risk,
            @Reference ProductShelf shelf, @Reference StaffDirectory staff, @Reference AuditLog audit, @Reference ModuleClock clock) {
        this.plans = plans;
        this.customers = customers;
        this.risk = risk;
        this.shelf = shelf;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    public String summary(long planId, Caller caller) {
        FinancialPlan plan = plans.plan(planId, caller); // roles and ownership checked there
        Customer c = customers.get(plan.customerId(), caller);
        Map<String, Product> products = new LinkedHashMap<>();
        for (PlanLine l : plan.lines()) {
            products.computeIfAbsent(l.productCode(), code -> shelf.product(code, caller).orElse(null));
        }
        String html = PlanSummaryHtml.render(plan, new PlanSummaryHtml.Customer(c.id(), c.name(), c.segment() == null ? null : c.segment().name()),
                risk.current(plan.customerId(), caller).orElse(null), products, name(plan.createdBy()), name(plan.decisionBy()), clock.zone(),
                clock.now());
        audit.record(caller, plan.customerId(), "PLAN_SUMMARY", "plan " + plan.number() + " version " + plan.version());
        return html;
    }

    private String name(String username) {
        if (username == null) {
            return "-";
        }
        return staff.find(username).map(Staff::displayName).filter(n -> !n.isBlank()).map(n -> n + " (" + username + ")").orElse(username);
    }
}
