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
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.marketing.api.Credit;
import org.branchdesk.marketing.api.Referral;
import org.branchdesk.marketing.api.ReferralInput;
import org.branchdesk.marketing.api.ReferralStatus;
import org.branchdesk.marketing.api.Referrals;
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

/** {@code /api/marketing/referrals} and {@code /api/marketing/credits}: referrals and the credit they earn. */
@Component(service = ReferralsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("marketing")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CENTER_HEAD, CUSTOMER_MANAGER, LOBBY_MANAGER, TELLER, OPERATIONS_SUPERVISOR, BUSINESS_OFFICER })
public final class ReferralsResource {

    /** Body of a decline. */
    public record Decline(String reason) {
    }

    private final Referrals referrals;

    @Activate
    public ReferralsResource(@Reference Referrals referrals) {
        this.referrals = referrals;
    }

    @POST
    @Path("referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refer(ReferralInput input, @Context SecurityContext security) {
        Referral r = referrals.refer(input, Callers.of(security));
        return Response.created(URI.create("marketing/referrals/" + r.id())).entity(r).build();
    }

    /** {@code ?staff=} (absent: the caller's, everyone's for the centre head) and {@code ?status=}. */
    @GET
    @Path("referrals")
    public List<Referral> list(@QueryParam("staff") String staff, @QueryParam("status") String status, @Context SecurityContext security) {
        return referrals.referrals(staff, Params.oneOf("status", ReferralStatus.class, status), Callers.of(security));
    }

    @GET
    @Path("referrals/{id}")
    public Referral get(@PathParam("id") long id, @Context SecurityContext security) {
        return referrals.referral(id, Callers.of(security));
    }

    @POST
    @Path("referrals/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ CUSTOMER_MANAGER, CENTER_HEAD })
    public Referral decline(@PathParam("id") long id, Decline body, @Context SecurityContext security) {
        if (body == null) {
            throw new InvalidInputException("reason", "is required: why the referral is declined");
        }
        return referrals.decline(id, body.reason(), Callers.of(security));
    }

    /** {@code ?from=&to=} (days, inclusive; absent: this month so far). */
    @GET
    @Path("credits")
    public List<Credit> credits(@QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext security) {
        return referrals.credits(Params.date("from", from), Params.date("to", to), Callers.of(security));
    }
}
