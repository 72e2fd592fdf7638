package org.branchdesk.platform.api;

/**
 * The branch this deployment serves.
 *
 * @param id              the bank's branch code
 * @param name            display name
 * @param tier            the branch tier, which decides which modules are deployed
 * @param parentSubBranch code of the sub-branch (支行) this branch reports to and refers to
 */
public record BranchProfile(String id, String name, BranchTier tier, String parentSubBranch) {
}
