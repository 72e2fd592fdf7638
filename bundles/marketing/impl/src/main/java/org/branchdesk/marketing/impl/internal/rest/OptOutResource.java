package org.branchdesk.marketing.impl.internal.rest;

import static org.branchdesk.platform.security.Role.BUSINESS_OFFICER;
import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;
import static org.branchdesk.platform.security.Role.LOBBY_MANAGER;
import static org.branchdesk.platform.security.Role.OPERATIONS_SUPERVISOR;
import static org.branchdesk.platform.security.Role.TELLER;

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

import org.branchdesk.customer.api.Channel;
import org.branchdesk.marketing.api.OptOut;
import org.branchdesk.marketing.api.OptOuts;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/marketing/customers/{id}/opt-outs}: what the customer said about marketing. */
@Component(service = OptOutResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("marketing/customers/{customerId}/opt-outs")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CENTER_HEAD, CUSTOMER_MANAGER, LOBBY_MANAGER, TELLER, OPERATIONS_SUPERVISOR, BUSINESS_OFFICER })
public final class OptOutResource {

    /** {@code channel} null for every channel, {@code campaignId} null for every campaign. */
    public record OptOutBody(Channel channel, Long campaignId, String note) {
    }

    private final OptOuts optOuts;

    @Activate
    public OptOutResource(@Reference OptOuts optOuts) {
        this.optOuts = optOuts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("customerId") String customerId, OptOutBody body, @Context SecurityContext security) {
        if (body == null) {
            throw new InvalidInputException("channel", "an opt-out in JSON is required ({} for every channel and campaign)");
        }
        OptOut o = optOuts.optOut(customerId, body.channel(), body.campaignId(), body.note(), Callers.of(security));
        return Response.created(URI.create("marketing/customers/" + o.customerId() + "/opt-outs")).entity(o).build();
    }

    @GET
    public List<OptOut> list(@PathParam("customerId") String customerId, @Context SecurityContext security) {
        return optOuts.of(customerId, Callers.of(security));
    }
}
