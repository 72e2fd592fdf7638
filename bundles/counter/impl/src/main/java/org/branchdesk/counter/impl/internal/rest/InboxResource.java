package org.branchdesk.counter.impl.internal.rest;

import static org.branchdesk.platform.security.Role.BUSINESS_OFFICER;
import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.OPERATIONS_SUPERVISOR;

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
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.counter.api.Authorisations;
import org.branchdesk.counter.api.ServiceRequest;
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

/** {@code /api/counter/inbox}: the checker's side. {@link Authorisations} decides who may approve what. */
@Component(service = InboxResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("counter/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ BUSINESS_OFFICER, OPERATIONS_SUPERVISOR, CENTER_HEAD })
public final class InboxResource {

    /** Body of an approval or a rejection: the version the checker saw, and for a rejection its reason. */
    public record Decision(Integer version, String reason) {
    }

    private final Authorisations authorisations;

    @Activate
    public InboxResource(@Reference Authorisations authorisations) {
        this.authorisations = authorisations;
    }

    @GET
    public List<ServiceRequest> inbox(@QueryParam("limit") String limit, @Context SecurityContext security) {
        return authorisations.inbox(Params.integer("limit", limit, 50, 1, 200), Callers.of(security));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceRequest approve(@PathParam("id") long id, Decision body, @Context SecurityContext security) {
        return authorisations.approve(id, version(body), Callers.of(security));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceRequest reject(@PathParam("id") long id, Decision body, @Context SecurityContext security) {
        return authorisations.reject(id, version(body), body.reason(), Callers.of(security));
    }

    private static int version(Decision body) {
        if (body == null || body.version() == null || body.version() < 1) {
            throw new InvalidInputException("version", "is required: the version you saw");
        }
        return body.version();
    }
}
