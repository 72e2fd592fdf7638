package org.branchdesk.marketing.api;

import java.util.List;
import java.util.Optional;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Financial plans, drafted by the customer's manager (or the centre head) from the customer's needs
 * file, with every product line checked by {@link Suitability} when it is written and again when the
 * plan is presented. Status: draft → presented → accepted / declined; revising a draft or a
 * presented plan writes a new version and supersedes the old. Each read and change is audited.
 */
@ProviderType
public interface FinancialPlans {

    /** A new plan for the customer (needs file required: 409 {@code needs}); version 1, DRAFT. */
    FinancialPlan draft(String customerId, PlanInput input, Caller caller);

    /** A new version of the plan's latest version (DRAFT or PRESENTED), which is superseded. */
    FinancialPlan revise(long planId, PlanInput input, Caller caller);

    /** DRAFT → PRESENTED; lines are checked again (a product may have left the shelf). */
    FinancialPlan present(long planId, Caller caller);

    /** PRESENTED → ACCEPTED or DECLINED, with the customer's words. */
    FinancialPlan decide(long planId, boolean accepted, String note, Caller caller);

    /** One version; 404 if unknown. */
    FinancialPlan plan(long planId, Caller caller);

    /** The customer's newest plan version that is not superseded, if any. */
    Optional<FinancialPlan> current(String customerId, Caller caller);

    /** Every version of every plan of the customer, newest first. */
    List<FinancialPlan> history(String customerId, Caller caller);
}
