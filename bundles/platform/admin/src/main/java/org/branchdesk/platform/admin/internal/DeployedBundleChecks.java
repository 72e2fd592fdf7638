package org.branchdesk.platform.admin.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the bundles installed or updated from deploy/: a jar changed in place is updated by
 * FileInstall without asking the {@link DeployGate}, so its names are checked again here (and the
 * bundle set aside and uninstalled when they clash); a few seconds later, a bundle that does not
 * resolve is logged with the requirements nothing provides.
 */
final class DeployedBundleChecks implements BundleListener {

    private static final long SETTLE_MILLIS = 3000;
    private static final Logger LOG = LoggerFactory.getLogger(DeployedBundleChecks.class);

    private final BundleContext context;
    private final Inventory inventory;
    private final DeployJudge judge;
    private final RejectedJars rejected;
    private final Path folder;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "branchdesk-deploy-check"));

    DeployedBundleChecks(BundleContext context, Inventory inventory, DeployJudge judge, RejectedJars rejected, Path folder) {
        this.context = context;
        this.inventory = inventory;
        this.judge = judge;
        this.rejected = rejected;
        this.folder = folder;
    }

    /** Stops the checks not yet run. */
    void close() {
        checks.shutdownNow();
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        if ((event.getType() == BundleEvent.INSTALLED || event.getType() == BundleEvent.UPDATED) && judge.fromHere(bundle)) {
            // the gate judges new files; a file changed in place is updated by FileInstall without asking it
            checks.execute(() -> recheck(bundle));
            checks.schedule(() -> report(bundle), SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void recheck(Bundle bundle) {
        if (bundle.getState() == Bundle.UNINSTALLED || bundle.getSymbolicName() == null) {
            return;
        }
        String host = bundle.getHeaders("").get(Constants.FRAGMENT_HOST);
        DeployRules.Declared declared = new DeployRules.Declared(bundle.getSymbolicName(), bundle.getVersion(),
                host == null ? null : host.split(";", 2)[0].strip());
        try {
            DeployRules.checkNames(declared, DeployJudge.fileName(bundle), judge.taken());
        } catch (DeployRules.Refused why) {
            rejected.setAside(folder.resolve(DeployJudge.fileName(bundle)), why);
            try {
                bundle.uninstall();
                context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle));
            } catch (BundleException | IllegalStateException e) {
                LOG.error("Could not uninstall {} ({}) after refusing it", bundle.getSymbolicName(), bundle.getLocation(), e);
            }
        }
    }

    private void report(Bundle bundle) {
        if (bundle.getState() == Bundle.INSTALLED) {
            LOG.warn("Deployed bundle {} {} ({}) does not resolve; missing: {}", bundle.getSymbolicName(), bundle.getVersion(),
                    bundle.getLocation(), String.join("; ", inventory.missing(bundle)));
        } else if (bundle.getState() == Bundle.ACTIVE) {
            LOG.info("Deployed bundle {} {} is active", bundle.getSymbolicName(), bundle.getVersion());
        }
    }
}
