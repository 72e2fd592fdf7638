package org.branchdesk.platform.admin.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/health}, open to all: the branch tier and the active modules. It answers 200
 * only when every active module is ready, meaning each of its components is satisfied and each
 * of its REST resources is served; until then 503 with what is still missing.
 *
 * <p>A module is every active bundle with a {@code Branchdesk-Module} header, ours or an
 * integrator's, so the same check covers bundles deployed later.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("health")
@Public
public final class HealthResource {

    private final Inventory inventory;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConfigurationGuard guard;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeployFolder deploy;

    private final HealthNotices notices;

    @Activate
    public HealthResource(@Reference Inventory inventory, @Reference HealthNotices notices) {
        this.inventory = inventory;
        this.notices = notices;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Inventory.Health health = inventory.health();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", health.up() ? "UP" : "STARTING");
        body.put("tier", health.tier());
        body.put("branch", health.branch());
        body.put("modules", health.modules());
        if (!health.up()) {
            body.put("problems", health.problems());
        }
        List<String> warnings = notices.warnings();
        if (!warnings.isEmpty()) {
            // e.g. four eyes impossible for some business: branch IT acts on it, the branch still runs
            body.put("warnings", warnings);
        }
        ConfigurationGuard current = guard;
        if (current != null && !current.refusals().isEmpty()) {
            // the branch runs, on the last good configuration: reported, but not a reason for 503
            body.put("refusedConfiguration", current.refusals().values());
        }
        DeployFolder folder = deploy;
        if (folder != null && !folder.rejected().isEmpty()) {
            // jars deploy/ set aside: the branch runs without them; branch IT reads why and removes them
            body.put("rejectedDeployments", folder.rejected());
        }
        return Response.status(health.up() ? 200 : 503).entity(body).build();
    }
}
