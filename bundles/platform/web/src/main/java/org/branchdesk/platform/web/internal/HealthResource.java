package org.branchdesk.platform.web.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.branchdesk.platform.api.Branch;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Public;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
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

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final JaxrsServiceRuntime jaxrs;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Branch branch;

    @Activate
    public HealthResource(BundleContext context, @Reference ServiceComponentRuntime scr, @Reference JaxrsServiceRuntime jaxrs) {
        this.context = context;
        this.scr = scr;
        this.jaxrs = jaxrs;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        List<Bundle> modules = Arrays.stream(context.getBundles())
                .filter(b -> b.getState() == Bundle.ACTIVE && b.getHeaders("").get(BranchdeskApi.MODULE_HEADER) != null)
                .toList();
        List<String> problems = new ArrayList<>();
        Set<Long> served = servedResources(problems);
        for (Bundle module : modules) {
            problems.addAll(unsatisfiedComponents(module));
            problems.addAll(unservedResources(module, served));
        }
        Branch current = branch;
        if (current == null) {
            problems.add("no branch profile (bundle org.branchdesk.platform.core)");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", problems.isEmpty() ? "UP" : "STARTING");
        body.put("tier", current == null ? null : current.profile().tier());
        body.put("branch", current == null ? null : current.profile().id());
        body.put("modules", modules.stream().map(b -> b.getHeaders("").get(BranchdeskApi.MODULE_HEADER))
                .collect(Collectors.toCollection(TreeSet::new)));
        if (!problems.isEmpty()) {
            body.put("problems", problems);
        }
        return Response.status(problems.isEmpty() ? 200 : 503).entity(body).build();
    }

    private Set<Long> servedResources(List<String> problems) {
        RuntimeDTO runtime = jaxrs.getRuntimeDTO();
        Set<Long> served = new TreeSet<>();
        for (ApplicationDTO app : runtime.applicationDTOs) {
            for (ResourceDTO resource : app.resourceDTOs) {
                served.add(resource.serviceId);
            }
        }
        Arrays.stream(runtime.failedResourceDTOs)
                .forEach(f -> problems.add("REST resource " + f.name + " (service " + f.serviceId + ") failed: reason "
                        + f.failureReason));
        return served;
    }

    private List<String> unsatisfiedComponents(Bundle module) {
        List<String> problems = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(module)) {
            if (!scr.isComponentEnabled(description)) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    // constructor references are named $000, $001...: name the service instead
                    String missing = Arrays.stream(configuration.unsatisfiedReferences).map(r -> serviceOf(description, r))
                            .collect(Collectors.joining(", "));
                    problems.add(description.name + " waits for " + missing);
                } else if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    problems.add(description.name + " failed to activate: " + configuration.failure);
                }
            }
        }
        return problems;
    }

    private static String serviceOf(ComponentDescriptionDTO description, UnsatisfiedReferenceDTO unsatisfied) {
        return Arrays.stream(description.references).filter(r -> r.name.equals(unsatisfied.name)).findFirst()
                .map(r -> r.interfaceName + (unsatisfied.target == null ? "" : " " + unsatisfied.target)).orElse(unsatisfied.name);
    }

    private static List<String> unservedResources(Bundle module, Set<Long> served) {
        List<String> problems = new ArrayList<>();
        ServiceReference<?>[] registered = module.getRegisteredServices();
        if (registered == null) {
            return problems;
        }
        for (ServiceReference<?> ref : registered) {
            if (Boolean.parseBoolean(String.valueOf(ref.getProperty("osgi.jaxrs.resource")))
                    && !served.contains((Long) ref.getProperty(Constants.SERVICE_ID))) {
                problems.add("REST resource " + ref.getProperty("component.name") + " is not served yet");
            }
        }
        return problems;
    }
}
