package org.branchdesk.customer.impl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/**
 * Refuses an allocation configuration ({@link AllocationConfig}) with a rule name that cannot be
 * one, a level line that is not a premium segment and a level, or a capacity below zero, so that
 * allocation keeps the rules it has. The rules are those the service is made by
 * ({@link AllocationRules#problems}); the level and the flag are the metatype's.
 */
@Component(property = ConfigurationCheck.PID + "=" + AllocationConfig.PID)
public final class AllocationConfigCheck implements ConfigurationCheck {

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        ConfigValues config = new ConfigValues(properties, AllocationConfig.class);
        List<FieldError> errors = new ArrayList<>(AllocationRules.problems(config.strings("order"), config.strings("levels")));
        Integer capacity = config.integer("defaultCapacity", errors);
        if (capacity != null && capacity < 0) {
            errors.add(new FieldError("defaultCapacity", "must be 0 or more"));
        }
        return errors;
    }
}
