package org.branchdesk.platform.admin.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/admin/runtimes}: the runtimes of the branch on its database, this one first,
 * each with when it was last seen and how it differs from this one (tier, bundles, each
 * configuration property with its value here and there, passwords masked). For branch IT.
 */
@Component(service = RuntimesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("admin/runtimes")
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.ADMIN)
public final class RuntimesResource {

    private final RuntimeRoster roster;

    @Activate
    public RuntimesResource(@Reference RuntimeRoster roster) {
        this.roster = roster;
    }

    @GET
    public List<RuntimeRoster.Runtime> runtimes() {
        return roster.runtimes();
    }
}
