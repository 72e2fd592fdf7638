package org.branchdesk.platform.admin.internal;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Public;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/openapi.json}, open to all: the OpenAPI 3.0.3 description of {@code /api} as it
 * is served right now, built from the resources of every module deployed (an integrator's too).
 * It is public like the health endpoint: it holds no customer or staff data, only which operations
 * exist and which roles each needs, which the 403 of each operation says anyway.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("openapi.json")
@Public
public final class OpenApiResource {

    private final ApiResources resources;
    private final String version;

    @Activate
    public OpenApiResource(@Reference ApiResources resources) {
        this.resources = resources;
        // the version of the contract integrators build against: the platform API bundle's
        this.version = FrameworkUtil.getBundle(BranchdeskApi.class) == null ? "unknown"
                : FrameworkUtil.getBundle(BranchdeskApi.class).getVersion().toString();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> document() {
        return OpenApi.document(version, resources.served());
    }
}
