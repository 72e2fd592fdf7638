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
 * {@code GET /api/admin/modules}: every bundle of the running branch with its state, version and
 * module, and for a bundle that does not resolve, what it is missing. For branch IT.
 */
@Component(service = ModulesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("admin/modules")
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.ADMIN)
public final class ModulesResource {

    private final Inventory inventory;

    @Activate
    public ModulesResource(@Reference Inventory inventory) {
        this.inventory = inventory;
    }

    @GET
    public List<Inventory.BundleInfo> bundles() {
        return inventory.bundles();
    }
}
