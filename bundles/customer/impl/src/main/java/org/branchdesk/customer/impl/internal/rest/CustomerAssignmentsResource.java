package org.branchdesk.customer.impl.internal.rest;

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

import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.AssignmentRequest;
import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/customers/{id}/assignments}: a customer's managers over time, and the centre head's
 * decision to give them another. (A root of its own: a longer literal path than {@code customers},
 * so it never takes the customer resource's requests.)
 */
@Component(service = CustomerAssignmentsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("customers/{id}/assignments")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerAssignmentsResource {

    private final AssignmentService assignments;

    @Activate
    public CustomerAssignmentsResource(@Reference AssignmentService assignments) {
        this.assignments = assignments;
    }

    /** Every assignment, newest first: the centre head and the customer's own manager. */
    @GET
    @Allow({ CENTER_HEAD, CUSTOMER_MANAGER })
    public List<Assignment> history(@PathParam("id") String id, @Context SecurityContext security) {
        return assignments.history(id, Callers.of(security));
    }

    /** Gives the customer a manager, ending the open assignment named in {@code replaces} at the same instant. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(CENTER_HEAD)
    public Response assign(@PathParam("id") String id, AssignmentRequest request, @Context SecurityContext security) {
        if (request == null) {
            throw new InvalidInputException("manager", "required: {\"manager\":\"<username>\",\"replaces\":<open assignment or null>}");
        }
        Assignment a = assignments.assign(id, request, Callers.of(security));
        return Response.created(URI.create("customers/" + id + "/assignments")).entity(a).build();
    }
}
