package org.branchdesk.marketing.impl.internal.rest;

import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.marketing.api.FinancialPlan;
import org.branchdesk.marketing.api.FinancialPlans;
import org.branchdesk.marketing.api.PlanInput;
import org.branchdesk.marketing.impl.internal.PlanSummaries;
import org.branchdesk.marketing.impl.internal.PlanSummaryHtml;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/marketing/customers/{id}/plans} and {@code /api/marketing/plans}: financial plans and their printable summary. */
@Component(service = PlansResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("marketing")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CUSTOMER_MANAGER, CENTER_HEAD })
public final class PlansResource {

    /** Body of a decision: {@code accepted} (required) and the customer's words. */
    public record Decision(Boolean accepted, String note) {
    }

    private final FinancialPlans plans;
    private final PlanSummaries summaries;

    @Activate
    public PlansResource(@Reference FinancialPlans plans, @Reference PlanSummaries summaries) {
        this.plans = plans;
        this.summaries = summaries;
    }

    @POST
    @Path("customers/{id}/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draft(@PathParam("id") String customerId, PlanInput input, @Context SecurityContext security) {
        return created(plans.draft(customerId, input, Callers.of(security)));
    }

    @GET
    @Path("customers/{id}/plans")
    public List<FinancialPlan> history(@PathParam("id") String customerId, @Context SecurityContext security) {
        return plans.history(customerId, Callers.of(security));
    }

    /** The current plan; 404 for a customer who has none. */
    @GET
    @Path("customers/{id}/plan")
    public FinancialPlan current(@PathParam("id") String customerId, @Context SecurityContext security) {
        return plans.current(customerId, Callers.of(security)).orElseThrow(() -> new NotFoundException("current plan of customer", customerId));
    }

    @GET
    @Path("plans/{id}")
    public FinancialPlan plan(@PathParam("id") long id, @Context SecurityContext security) {
        return plans.plan(id, Callers.of(security));
    }

    @POST
    @Path("plans/{id}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(@PathParam("id") long id, PlanInput input, @Context SecurityContext security) {
        return created(plans.revise(id, input, Callers.of(security)));
    }

    @POST
    @Path("plans/{id}/present")
    public FinancialPlan present(@PathParam("id") long id, @Context SecurityContext security) {
        return plans.present(id, Callers.of(security));
    }

    @POST
    @Path("plans/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public FinancialPlan decide(@PathParam("id") long id, Decision body, @Context SecurityContext security) {
        if (body == null || body.accepted() == null) {
            throw new InvalidInputException("accepted", "is required: true if the customer accepted the plan, false if they declined it");
        }
        return plans.decide(id, body.accepted(), body.note(), Callers.of(security));
    }

    /** The printable one-page summary, HTML with its own print stylesheet and nothing else. */
    @GET
    @Path("plans/{id}/summary")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response summary(@PathParam("id") long id, @Context SecurityContext security) {
        return Response.ok(summaries.summary(id, Callers.of(security))).header("Content-Security-Policy", PlanSummaryHtml.CSP).build();
    }

    private static Response created(FinancialPlan p) {
        return Response.created(URI.create("marketing/plans/" + p.id())).entity(p).build();
    }
}
