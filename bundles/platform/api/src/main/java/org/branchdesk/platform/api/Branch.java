package org.branchdesk.platform.api;

import org.osgi.annotation.versioning.ProviderType;

/** The branch profile in force, from Configuration Admin (PID {@code org.branchdesk.branch}). */
@ProviderType
public interface Branch {

    /** The profile in force now; a configuration change replaces the service. */
    BranchProfile profile();
}
