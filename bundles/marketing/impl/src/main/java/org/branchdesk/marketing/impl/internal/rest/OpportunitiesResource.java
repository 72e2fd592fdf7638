package org.branchdesk.marketing.impl.internal.rest;

import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.marketing.api.Opportunities;
import org.branchdesk.marketing.api.Opportunity;
import org.branchdesk.marketing.api.OpportunityInput;
import org.branchdesk.marketing.api.OpportunityStage;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/marketing/opportunities}: opening, listing and moving opportunities. */
@Component(service = OpportunitiesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("marketing/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CUSTOMER_MANAGER, CENTER_HEAD })
public final class OpportunitiesResource {

    /** Body of a win. */
    public record Won(BigDecimal amount) {
    }

    /** Body of a loss. */
    public record Lost(String reason) {
    }

    private final Opportunities opportunities;

    @Activate
    public OpportunitiesResource(@Reference Opportunities opportunities) {
        this.opportunities = opportunities;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(OpportunityInput input, @Context SecurityContext security) {
        Opportunity o = opportunities.open(input, Callers.of(security));
        return Response.created(URI.create("marketing/opportunities/" + o.id())).entity(o).build();
    }

    /** {@code ?manager=} (absent: the caller's own, every manager's for the centre head) and {@code ?stage=}. */
    @GET
    public List<Opportunity> list(@QueryParam("manager") String manager, @QueryParam("stage") String stage,
            @Context SecurityContext security) {
        return opportunities.opportunities(manager, Params.oneOf("stage", OpportunityStage.class, stage), Callers.of(security));
    }

    @GET
    @Path("{id}")
    public Opportunity get(@PathParam("id") long id, @Context SecurityContext security) {
        return opportunities.opportunity(id, Callers.of(security));
    }

    @POST
    @Path("{id}/proposal")
    public Opportunity propose(@PathParam("id") long id, @Context SecurityContext security) {
        return opportunities.propose(id, Callers.of(security));
    }

    @POST
    @Path("{id}/won")
    @Consumes(MediaType.APPLICATION_JSON)
    public Opportunity won(@PathParam("id") long id, Won body, @Context SecurityContext security) {
        if (body == null) {
            throw new InvalidInputException("amount", "is required: what the customer bought for");
        }
        return opportunities.win(id, body.amount(), Callers.of(security));
    }

    @POST
    @Path("{id}/lost")
    @Consumes(MediaType.APPLICATION_JSON)
    public Opportunity lost(@PathParam("id") long id, Lost body, @Context SecurityContext security) {
        if (body == null) {
            throw new InvalidInputException("reason", "is required: why the opportunity was lost");
        }
        return opportunities.lose(id, body.reason(), Callers.of(security));
    }
}
