package org.branchdesk.relationship.impl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/**
 * The rules of the {@value #PID} configuration, in one place: the platform's guard asks this
 * check before a configuration reaches the components, so that the contact plans and the handover
 * deadline stay usable; the components run the same rules on what they are given ({@link #require}).
 */
@Component(property = ConfigurationCheck.PID + "=" + RelationshipConfigCheck.PID)
public final class RelationshipConfigCheck implements ConfigurationCheck {

    static final String PID = "org.branchdesk.relationship";
    static final String HANDOVER_DAYS = "handoverDays", CHECK_SECONDS = "checkSeconds", UPCOMING_DAYS = "upcomingDays";

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        return errors(strings(properties, ContactPlan.CONTACT_DAYS), one(properties, HANDOVER_DAYS), one(properties, CHECK_SECONDS),
                one(properties, UPCOMING_DAYS));
    }

    /** What is wrong, one error per offending attribute, each naming it. */
    static List<FieldError> errors(String[] contactDays, String handoverDays, String checkSeconds, String upcomingDays) {
        List<FieldError> errors = new ArrayList<>(ContactPlan.errors(contactDays));
        whole(errors, HANDOVER_DAYS, handoverDays, 1, 366, "days");
        whole(errors, CHECK_SECONDS, checkSeconds, 1, 86_400, "seconds");
        whole(errors, UPCOMING_DAYS, upcomingDays, 0, 366, "days");
        return errors;
    }

    /**
     * The same rules for a component's configuration: one the guard let through passes; without
     * the guard, a configuration that breaks them stops the component with the same messages.
     */
    static RelationshipConfig require(RelationshipConfig config) {
        List<FieldError> errors = errors(config.contactDays(), String.valueOf(config.handoverDays()), String.valueOf(config.checkSeconds()),
                String.valueOf(config.upcomingDays()));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors.stream().map(FieldError::message).toList()));
        }
        return config;
    }

    private static void whole(List<FieldError> errors, String field, String value, long min, long max, String unit) {
        try {
            long n = Long.parseLong(value.trim());
            if (n >= min && n <= max) {
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, field + ": '" + value + "' is not a whole number of " + unit + " from " + min + " to " + max));
    }

    private static String one(Map<String, Object> properties, String attribute) {
        String[] values = strings(properties, attribute);
        return values.length == 1 ? values[0] : String.join(",", values);
    }

    private static String[] strings(Map<String, Object> properties, String attribute) {
        return ConfigurationCheck.valuesOrDefault(properties, attribute, RelationshipConfig.class);
    }
}
