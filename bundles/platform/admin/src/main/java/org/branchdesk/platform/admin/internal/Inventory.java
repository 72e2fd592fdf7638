package org.branchdesk.platform.admin.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.branchdesk.platform.api.Branch;
import org.branchdesk.platform.api.BranchProfile;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
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

/**
 * What is running and whether it is well: the branch's modules, every bundle, and what a bundle
 * that does not resolve is missing. The health endpoint, the modules endpoint and the shell
 * commands all read it, so they always agree.
 */
@Component(service = Inventory.class)
public final class Inventory {

    /**
     * The branch's health.
     *
     * @param modules  names of the active modules ({@code Branchdesk-Module} headers)
     * @param problems what keeps it from being UP; empty when UP
     */
    public record Health(boolean up, String tier, String branch, Set<String> modules, List<String> problems) {
    }

    /**
     * One bundle.
     *
     * @param module  the Branchdesk module it belongs to, or null for a library
     * @param missing for a bundle that does not resolve, the requirements nothing provides
     */
    public record BundleInfo(long id, String symbolicName, String version, String state, String module, String location,
            List<String> missing) {
    }

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final JaxrsServiceRuntime jaxrs;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Branch branch;

    @Activate
    public Inventory(BundleContext context, @Reference ServiceComponentRuntime scr, @Reference JaxrsServiceRuntime jaxrs) {
        this.context = context;
        this.scr = scr;
        this.jaxrs = jaxrs;
    }

    public Health health() {
        List<Bundle> modules = Arrays.stream(context.getBundles()).filter(b -> b.getState() == Bundle.ACTIVE && module(b) != null)
                .toList();
        List<String> problems = new ArrayList<>();
        Set<Long> served = servedResources(problems);
        for (Bundle module : modules) {
            problems.addAll(unsatisfiedComponents(module));
            problems.addAll(unservedResources(module, served));
        }
        Branch current = branch;
        BranchProfile profile = current == null ? null : current.profile();
        if (profile == null) {
            problems.add("no branch profile (bundle org.branchdesk.platform.core)");
        }
        return new Health(problems.isEmpty(), profile == null ? null : profile.tier().name(), profile == null ? null : profile.id(),
                modules.stream().map(Inventory::module).collect(Collectors.toCollection(TreeSet::new)), problems);
    }

    /**
     * What keeps one active bundle from being in service: components not satisfied, REST
     * resources not served yet. Empty when it is fully there.
     */
    public List<String> problems(Bundle bundle) {
        List<String> problems = new ArrayList<>();
        Set<Long> served = servedResources(new ArrayList<>());
        problems.addAll(unsatisfiedComponents(bundle));
        problems.addAll(unservedResources(bundle, served));
        return problems;
    }

    public List<BundleInfo> bundles() {
        return Arrays.stream(context.getBundles()).map(this::info).toList();
    }

    public BundleInfo info(Bundle b) {
        return new BundleInfo(b.getBundleId(), b.getSymbolicName(), b.getVersion().toString(), state(b.getState()), module(b),
                b.getLocation(), b.getState() == Bundle.INSTALLED ? missing(b) : List.of());
    }

    /** The Branchdesk module a bundle belongs to, or null. */
    public static String module(Bundle b) {
        return b.getHeaders("").get(BranchdeskApi.MODULE_HEADER);
    }

    /**
     * The mandatory requirements of an installed bundle that nothing in the framework provides:
     * why it does not resolve. Asks the framework without changing anything. A bundle whose own
     * requirements are all met may still fail on a provider's missing requirement; that provider
     * is then reported for itself.
     */
    public List<String> missing(Bundle b) {
        BundleRevision revision = b.adapt(BundleRevision.class);
        if (revision == null) {
            return List.of();
        }
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        List<String> missing = new ArrayList<>();
        for (Requirement requirement : revision.getRequirements(null)) {
            String resolution = requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
            if (Namespace.RESOLUTION_OPTIONAL.equals(resolution)) {
                continue;
            }
            if (wiring.findProviders(requirement).isEmpty()) {
                String filter = requirement.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
                missing.add(requirement.getNamespace() + (filter == null ? "" : " " + filter));
            }
        }
        return missing;
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
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
                .forEach(f -> problems.add("REST resource " + f.name + " (service " + f.serviceId + ") failed: reason " + f.failureReason));
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
