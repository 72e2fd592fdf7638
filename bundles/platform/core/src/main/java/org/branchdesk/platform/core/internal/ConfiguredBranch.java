package org.branchdesk.platform.core.internal;

import java.util.Arrays;

import org.branchdesk.platform.api.Branch;
import org.branchdesk.platform.api.BranchProfile;
import org.branchdesk.platform.api.BranchTier;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** The branch profile from Configuration Admin (PID {@code org.branchdesk.branch}). */
@Designate(ocd = BranchConfig.class)
@Component(configurationPid = "org.branchdesk.branch")
public final class ConfiguredBranch implements Branch {

    private final BranchProfile profile;

    @Activate
    public ConfiguredBranch(BranchConfig config, BundleContext context) {
        String tier = config.tier().isBlank() ? context.getProperty("branchdesk.tier") : config.tier();
        this.profile = new BranchProfile(config.id(), config.name(), tier(tier), config.parentSubBranch());
    }

    private static BranchTier tier(String value) {
        if (value == null || value.isBlank()) {
            return BranchTier.WEALTH_CENTER;
        }
        try {
            return BranchTier.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tier '" + value + "' is not one of " + Arrays.toString(BranchTier.values()), e);
        }
    }

    @Override
    public BranchProfile profile() {
        return profile;
    }
}
