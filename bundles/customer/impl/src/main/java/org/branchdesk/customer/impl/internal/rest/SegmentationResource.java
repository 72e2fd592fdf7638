package org.branchdesk.customer.impl.internal.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.customer.api.SegmentationRun;
import org.branchdesk.customer.api.SegmentationService;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Params;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/segmentation/runs}: re-segment every customer from a quarter, and the past runs. */
@Component(service = SegmentationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("segmentation/runs")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ Role.ADMIN, Role.CENTER_HEAD })
public final class SegmentationResource {

    /** Body of a run request. */
    public record RunRequest(String quarter) {
    }

    private final SegmentationService segmentation;

    @Activate
    public SegmentationResource(@Reference SegmentationService segmentation) {
        this.segmentation = segmentation;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(RunRequest request, @Context SecurityContext security) {
        if (request == null) {
            throw new InvalidInputException("quarter", "required, e.g. {\"quarter\":\"2026-Q3\"}");
        }
        SegmentationRun run = segmentation.run(request.quarter(), Callers.of(security));
        return Response.created(URI.create("segmentation/runs/" + run.id())).entity(run).build();
    }

    @GET
    public List<SegmentationRun> runs(@QueryParam("limit") String limit) {
        return segmentation.runs(Params.integer("limit", limit, 20, 1, 200));
    }
}
