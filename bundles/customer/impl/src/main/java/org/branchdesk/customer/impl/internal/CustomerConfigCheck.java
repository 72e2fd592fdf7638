package org.branchdesk.customer.impl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/**
 * Refuses a configuration of the customers ({@link CustomerConfig}) that names a role that does
 * not exist or sets a search limit out of range, so that the customer service keeps the one it
 * has. The rules are those the service applies: {@link Masker#problems} and
 * {@link SearchLimits#problems}.
 */
@Component(property = ConfigurationCheck.PID + "=org.branchdesk.customer")
public final class CustomerConfigCheck implements ConfigurationCheck {

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        ConfigValues config = new ConfigValues(properties, CustomerConfig.class);
        List<FieldError> errors = new ArrayList<>();
        for (String roles : List.of("fullIdNumberRoles", "fullPhoneRoles", "fullCardRoles")) {
            errors.addAll(Masker.problems(roles, config.strings(roles)));
        }
        Integer searchLimit = config.integer("searchLimit", errors);
        Integer perMinute = config.integer("searchesPerMinute", errors);
        Integer burst = config.integer("searchBurst", errors);
        if (searchLimit != null && perMinute != null && burst != null) {
            errors.addAll(SearchLimits.problems(searchLimit, perMinute, burst));
        }
        return errors;
    }
}
