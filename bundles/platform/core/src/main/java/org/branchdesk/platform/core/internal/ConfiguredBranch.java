package org.branchdesk.platform.core.internal;

import org.branchdesk.platform.api.Branch;
import org.branchdesk.platform.api.BranchProfile;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** The branch profile from Configuration Admin (PID {@code org.branchdesk.branch}; its rules are {@link BranchConfigCheck}'s). */
@Designate(ocd = BranchConfig.class)
@Component(configurationPid = BranchConfigCheck.PID)
public final class ConfiguredBranch implements Branch {

    private final BranchProfile profile;

    @Activate
    public ConfiguredBranch(BranchConfig config, BundleContext context) {
        String tier = config.tier().isBlank() ? context.getProperty("branchdesk.tier") : config.tier();
        this.profile = new BranchProfile(config.id(), config.name(), BranchConfigCheck.tier(tier), config.parentSubBranch());
    }

    @Override
    public BranchProfile profile() {
        return profile;
    }
}
