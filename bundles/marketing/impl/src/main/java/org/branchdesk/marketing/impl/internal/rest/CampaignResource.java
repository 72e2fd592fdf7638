package org.branchdesk.marketing.impl.internal.rest;

import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.customer.api.Channel;
import org.branchdesk.marketing.api.Campaign;
import org.branchdesk.marketing.api.CampaignContact;
import org.branchdesk.marketing.api.CampaignInput;
import org.branchdesk.marketing.api.CampaignStatus;
import org.branchdesk.marketing.api.CampaignTarget;
import org.branchdesk.marketing.api.Campaigns;
import org.branchdesk.marketing.api.ContactInput;
import org.branchdesk.marketing.api.ContactOutcome;
import org.branchdesk.marketing.api.Funnel;
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

/** {@code /api/marketing/campaigns}: targeted campaigns, their frozen target lists, contacts and funnel. */
@Component(service = CampaignResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("marketing/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CUSTOMER_MANAGER, CENTER_HEAD })
public final class CampaignResource {

    /** A contact attempt: the target's {@code customerId} and the {@link ContactInput} fields. */
    public record ContactBody(String customerId, Channel channel, ContactOutcome outcome, String productCode, BigDecimal amount, Instant at,
            String note) {
    }

    private final Campaigns campaigns;

    @Activate
    public CampaignResource(@Reference Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(CENTER_HEAD)
    public Response define(CampaignInput body, @Context SecurityContext security) {
        Campaign c = campaigns.define(body, Callers.of(security));
        return Response.created(URI.create("marketing/campaigns/" + c.id())).entity(c).build();
    }

    /** {@code ?status=} DRAFT, LAUNCHED or CLOSED. */
    @GET
    public List<Campaign> list(@QueryParam("status") String status, @Context SecurityContext security) {
        return campaigns.campaigns(Params.oneOf("status", CampaignStatus.class, status), Callers.of(security));
    }

    @GET
    @Path("{id}")
    public Campaign get(@PathParam("id") long id, @Context SecurityContext security) {
        return campaigns.campaign(id, Callers.of(security));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(CENTER_HEAD)
    public Campaign redefine(@PathParam("id") long id, CampaignInput body, @Context SecurityContext security) {
        return campaigns.redefine(id, body, Callers.of(security));
    }

    @POST
    @Path("{id}/launch")
    @Allow(CENTER_HEAD)
    public Campaign launch(@PathParam("id") long id, @Context SecurityContext security) {
        return campaigns.launch(id, Callers.of(security));
    }

    @POST
    @Path("{id}/close")
    @Allow(CENTER_HEAD)
    public Campaign close(@PathParam("id") long id, @Context SecurityContext security) {
        return campaigns.close(id, Callers.of(security));
    }

    /** {@code ?manager=&offset=&limit=} (limit 1 to 1,000, default 100). */
    @GET
    @Path("{id}/targets")
    public List<CampaignTarget> targets(@PathParam("id") long id, @QueryParam("manager") String manager, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @Context SecurityContext security) {
        return campaigns.targets(id, manager, Params.integer("offset", offset, 0, 0, Integer.MAX_VALUE),
                Params.integer("limit", limit, 100, 1, 1000), Callers.of(security));
    }

    @POST
    @Path("{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response contact(@PathParam("id") long id, ContactBody body, @Context SecurityContext security) {
        if (body == null) {
            throw new InvalidInputException("customerId", "a contact in JSON is required");
        }
        if (body.customerId() == null || body.customerId().isBlank()) {
            throw new InvalidInputException("customerId", "is required");
        }
        CampaignContact c = campaigns.contact(id, body.customerId(),
                new ContactInput(body.channel(), body.outcome(), body.productCode(), body.amount(), body.at(), body.note()), Callers.of(security));
        return Response.created(URI.create("marketing/contacts/" + c.id())).entity(c).build();
    }

    /** {@code ?customerId=} (required): one target's contacts, newest first. */
    @GET
    @Path("{id}/contacts")
    public List<CampaignContact> contacts(@PathParam("id") long id, @QueryParam("customerId") String customerId,
            @Context SecurityContext security) {
        if (customerId == null || customerId.isBlank()) {
            throw new InvalidInputException("customerId", "is required");
        }
        return campaigns.contacts(id, customerId, Callers.of(security));
    }

    @GET
    @Path("{id}/funnel")
    public Funnel funnel(@PathParam("id") long id, @Context SecurityContext security) {
        return campaigns.funnel(id, Callers.of(security));
    }
}
