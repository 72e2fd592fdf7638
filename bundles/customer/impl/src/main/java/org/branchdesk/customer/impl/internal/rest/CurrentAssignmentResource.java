package org.branchdesk.customer.impl.internal.rest;

import static org.branchdesk.platform.security.Role.BUSINESS_OFFICER;
import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;
import static org.branchdesk.platform.security.Role.LOBBY_MANAGER;
import static org.branchdesk.platform.security.Role.OPERATIONS_SUPERVISOR;
import static org.branchdesk.platform.security.Role.TELLER;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/customers/{id}/assignment}: the customer's open assignment, for the staff who read customers; 204 without a manager. */
@Component(service = CurrentAssignmentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("customers/{id}/assignment")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ LOBBY_MANAGER, TELLER, CUSTOMER_MANAGER, CENTER_HEAD, OPERATIONS_SUPERVISOR, BUSINESS_OFFICER })
public final class CurrentAssignmentResource {

    private final AssignmentService assignments;

    @Activate
    public CurrentAssignmentResource(@Reference AssignmentService assignments) {
        this.assignments = assignments;
    }

    @GET
    public Response current(@PathParam("id") String id, @Context SecurityContext security) {
        return assignments.current(id, Callers.of(security)).map(a -> Response.ok(a).build()).orElse(Response.noContent().build());
    }
}
