package org.branchdesk.bench.write;

import java.net.URI;
import java.util.Map;

import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code POST /api/bench/write}: 201 once the row is committed. It joins the Branchdesk
 * application, so the bearer token is checked as on every call (401 without one); any member of
 * staff may call it ({@link BenchWrites} checks the caller).
 */
@Component(service = BenchWriteResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("bench")
@Produces(MediaType.APPLICATION_JSON)
public final class BenchWriteResource {

    private final BenchWrites writes;

    @Activate
    public BenchWriteResource(@Reference BenchWrites writes) {
        this.writes = writes;
    }

    @POST
    @Path("write")
    public Response write(@Context SecurityContext security) {
        long id = writes.write(Callers.of(security));
        return Response.created(URI.create("bench/write/" + id)).entity(Map.of("id", id)).build();
    }
}
