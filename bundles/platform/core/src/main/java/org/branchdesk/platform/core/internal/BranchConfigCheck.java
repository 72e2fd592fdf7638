package org.branchdesk.platform.core.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchdesk.platform.api.BranchTier;
import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/**
 * The rules of the branch profile (PID {@code org.branchdesk.branch}), in one place: the
 * configuration guard asks {@link #check} before a file in {@code etc/} takes effect, so that a
 * misspelt tier leaves the branch running with the profile it has, and {@link ConfiguredBranch}
 * reads the tier by the same rule ({@link #tier}), with the same words.
 */
@Component(property = ConfigurationCheck.PID + "=" + BranchConfigCheck.PID)
public final class BranchConfigCheck implements ConfigurationCheck {

    static final String PID = "org.branchdesk.branch";

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        String[] tier = ConfigurationCheck.values(properties.get("tier"));
        return tier == null || tier.length == 0 ? List.of() : tierProblem(tier[0]).stream().toList();
    }

    /** What is wrong with a tier as given; empty (the launcher's tier or the default applies) for none. */
    static Optional<FieldError> tierProblem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            BranchTier.parse(value);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(new FieldError("tier", "'" + value + "' is not one of " + Arrays.toString(BranchTier.values())));
        }
    }

    /**
     * The tier by that rule: {@link BranchTier#WEALTH_CENTER} for none.
     *
     * @throws IllegalArgumentException naming the field as the guard does
     */
    static BranchTier tier(String value) {
        Optional<FieldError> problem = tierProblem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().field() + ": " + problem.get().message());
        }
        return value == null || value.isBlank() ? BranchTier.WEALTH_CENTER : BranchTier.parse(value);
    }
}
