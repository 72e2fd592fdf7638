package org.branchdesk.platform.core.internal;

import org.branchdesk.platform.api.Branch;
import org.branchdesk.platform.api.BranchProfile;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** The branch profile from Configuration Admin (PID {@code org.branchdesk.branch}; its rules are {@link BranchConfigCheck}'s). */
@Designate(ocd = BranchConfig.class)
@Component(configurationPid = BranchConfigCheck.PID)
public final class ConfiguredBranch implements Branch {

    private final String launchTier;
    private volatile BranchProfile profile;

    @Activate
    public ConfiguredBranch(BranchConfig config, BundleContext context) {
        this.launchTier = context.getProperty("branchdesk.tier");
        modified(config);
    }

    /**
     * A changed profile takes effect in place: the service stays registered, so the modules that
     * need the branch (and their endpoints) are not stopped and started again for it.
     */
    @Modified
    void modified(BranchConfig config) {
        String tier = config.tier().isBlank() ? launchTier : config.tier();
        profile = new BranchProfile(config.id(), config.name(), BranchConfigCheck.tier(tier), config.parentSubBranch());
    }

    @Override
    public BranchProfile profile() {
        return profile;
    }
}
