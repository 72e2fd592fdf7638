package org.branchdesk.complaint.impl.internal;

import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/** Refuses deadlines that do not parse, so that complaint handling keeps the deadlines it has. */
@Component(property = ConfigurationCheck.PID + "=org.branchdesk.complaint")
public final class ComplaintConfigCheck implements ConfigurationCheck {

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        String[] acknowledge = ConfigurationCheck.values(properties.get("acknowledgeHours"));
        String[] resolve = ConfigurationCheck.values(properties.get("resolveHours"));
        try {
            new Deadlines(acknowledge == null ? defaults("acknowledgeHours") : acknowledge,
                    resolve == null ? defaults("resolveHours") : resolve);
            return List.of();
        } catch (IllegalArgumentException e) {
            String field = e.getMessage() != null && e.getMessage().startsWith("resolveHours") ? "resolveHours" : "acknowledgeHours";
            return List.of(new FieldError(field, e.getMessage()));
        }
    }

    private static String[] defaults(String attribute) {
        try {
            return (String[]) ComplaintConfig.class.getMethod(attribute).getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
