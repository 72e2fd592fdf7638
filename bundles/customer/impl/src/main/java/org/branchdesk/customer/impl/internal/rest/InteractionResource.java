package org.branchdesk.customer.impl.internal.rest;

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

import org.branchdesk.customer.api.Interaction;
import org.branchdesk.customer.api.InteractionInput;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/customers/{id}/interactions}: record a contact with the customer, and read their contacts. */
@Component(service = InteractionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("customers/{id}/interactions")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ LOBBY_MANAGER, TELLER, CUSTOMER_MANAGER, CENTER_HEAD, OPERATIONS_SUPERVISOR, BUSINESS_OFFICER })
public final class InteractionResource {

    /** The module a contact recorded through this resource is recorded by. */
    static final String MODULE = "customer";

    private final InteractionLog log;

    @Activate
    public InteractionResource(@Reference InteractionLog log) {
        this.log = log;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") String id, InteractionInput input, @Context SecurityContext security) {
        Interaction recorded = log.record(id, input, MODULE, Callers.of(security));
        // no resource of its own: a contact is read back with the customer's others
        return Response.created(URI.create("customers/" + id + "/interactions")).entity(recorded).build();
    }

    @GET
    public List<Interaction> list(@PathParam("id") String id, @QueryParam("limit") String limit, @Context SecurityContext security) {
        return log.of(id, Params.integer("limit", limit, 20, 1, 200), Callers.of(security));
    }
}
