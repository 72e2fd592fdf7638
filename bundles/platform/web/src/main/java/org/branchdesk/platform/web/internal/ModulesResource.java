package org.branchdesk.platform.web.internal;

import java.util.Arrays;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.security.Role;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/admin/modules}: every bundle of the running branch, for branch IT. */
@Component(service = ModulesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("admin/modules")
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.ADMIN)
public final class ModulesResource {

    /**
     * One bundle.
     *
     * @param module the Branchdesk module it belongs to, or null for a library
     */
    public record BundleInfo(long id, String symbolicName, String version, String state, String module) {
    }

    private final BundleContext context;

    @Activate
    public ModulesResource(BundleContext context) {
        this.context = context;
    }

    @GET
    public List<BundleInfo> bundles() {
        return Arrays.stream(context.getBundles()).map(b -> new BundleInfo(b.getBundleId(), b.getSymbolicName(),
                b.getVersion().toString(), state(b.getState()), b.getHeaders("").get(BranchdeskApi.MODULE_HEADER))).toList();
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }
}
