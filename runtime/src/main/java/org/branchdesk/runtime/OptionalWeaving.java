package org.branchdesk.runtime;

import java.util.Collection;

import org.osgi.framework.Constants;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Keeps SPI Fly from weaving bundles that only ask for it optionally.
 *
 * <p>SPI Fly rewrites every class of each bundle wired to its
 * {@code osgi.serviceloader.processor} extender, so that {@code ServiceLoader} calls see
 * other bundles' services. The JAX-RS API bundle needs that (it must find the whiteboard's
 * {@code RuntimeDelegate}) and requires it; Jetty asks for it optionally and finds what it
 * uses in its own bundle. Weaving Jetty's classes was a tenth of the start's CPU, so optional
 * requirements are not wired to the processor.
 */
final class OptionalWeaving implements ResolverHookFactory {

    static final String EXTENDER = "osgi.extender";
    static final String PROCESSOR = "osgi.serviceloader.processor";

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        return new ResolverHook() {
            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                if (EXTENDER.equals(requirement.getNamespace())
                        && Constants.RESOLUTION_OPTIONAL.equals(requirement.getDirectives().get(Constants.RESOLUTION_DIRECTIVE))) {
                    candidates.removeIf(c -> PROCESSOR.equals(c.getAttributes().get(EXTENDER)));
                }
            }

            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                // every bundle may resolve
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton, Collection<BundleCapability> collisionCandidates) {
                // the framework's own rules
            }

            @Override
            public void end() {
                // nothing held
            }
        };
    }
}
