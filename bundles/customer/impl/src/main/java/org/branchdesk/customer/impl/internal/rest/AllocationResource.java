package org.branchdesk.customer.impl.internal.rest;

import static org.branchdesk.platform.security.Role.CENTER_HEAD;

import java.net.URI;
import java.util.List;

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

import org.branchdesk.customer.api.AllocationRun;
import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.UnassignedCustomer;
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

/** {@code /api/allocation}: the centre head runs the allocation rules, reads the runs and the premium customers left without a manager. */
@Component(service = AllocationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("allocation")
@Produces(MediaType.APPLICATION_JSON)
@Allow(CENTER_HEAD)
public final class AllocationResource {

    private final AssignmentService assignments;

    @Activate
    public AllocationResource(@Reference AssignmentService assignments) {
        this.assignments = assignments;
    }

    @POST
    @Path("runs")
    public Response allocate(@Context SecurityContext security) {
        AllocationRun run = assignments.allocate(Callers.of(security));
        return Response.created(URI.create("allocation/runs/" + run.id() + "/assignments")).entity(run).build();
    }

    @GET
    @Path("runs")
    public List<AllocationRun> runs(@QueryParam("limit") String limit, @Context SecurityContext security) {
        return assignments.allocationRuns(Params.integer("limit", limit, 20, 1, 200), Callers.of(security));
    }

    @GET
    @Path("runs/{id}/assignments")
    public List<Assignment> allocations(@PathParam("id") String id, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context SecurityContext security) {
        long run;
        try {
            run = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("id", "'" + id + "' is not an allocation run's number");
        }
        return assignments.allocations(run, Params.integer("offset", offset, 0, 0, Integer.MAX_VALUE),
                Params.integer("limit", limit, 100, 1, 1000), Callers.of(security));
    }

    @GET
    @Path("unassigned")
    public List<UnassignedCustomer> unassigned(@QueryParam("limit") String limit, @Context SecurityContext security) {
        return assignments.unassigned(Params.integer("limit", limit, 100, 1, 1000), Callers.of(security));
    }
}
