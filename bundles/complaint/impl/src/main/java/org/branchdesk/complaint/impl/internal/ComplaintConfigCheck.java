package org.branchdesk.complaint.impl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/**
 * The rules of the {@value #PID} configuration, in one place: the platform's guard asks this
 * check before a configuration reaches the components, so that complaint handling keeps the
 * deadlines it has; the components run the same rules on what they are given ({@link #require}).
 */
@Component(property = ConfigurationCheck.PID + "=" + ComplaintConfigCheck.PID)
public final class ComplaintConfigCheck implements ConfigurationCheck {

    static final String PID = "org.branchdesk.complaint";
    static final String ESCALATION_CHECK_SECONDS = "escalationCheckSeconds";

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        String[] every = strings(properties, ESCALATION_CHECK_SECONDS);
        return errors(strings(properties, Deadlines.ACKNOWLEDGE_HOURS), strings(properties, Deadlines.RESOLVE_HOURS),
                every.length == 1 ? every[0] : String.join(",", every));
    }

    /** What is wrong, one error per offending attribute, each naming it. */
    static List<FieldError> errors(String[] acknowledgeHours, String[] resolveHours, String escalationCheckSeconds) {
        List<FieldError> errors = new ArrayList<>(Deadlines.errors(acknowledgeHours, resolveHours));
        if (!wholeSeconds(escalationCheckSeconds)) {
            errors.add(new FieldError(ESCALATION_CHECK_SECONDS,
                    ESCALATION_CHECK_SECONDS + ": '" + escalationCheckSeconds + "' is not a whole number of seconds, at least 1"));
        }
        return errors;
    }

    /**
     * The same rules for a component's configuration: one the guard let through passes; without
     * the guard, a configuration that breaks them stops the component with the same messages.
     */
    static ComplaintConfig require(ComplaintConfig config) {
        List<FieldError> errors = errors(config.acknowledgeHours(), config.resolveHours(), String.valueOf(config.escalationCheckSeconds()));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors.stream().map(FieldError::message).toList()));
        }
        return config;
    }

    private static boolean wholeSeconds(String value) {
        try {
            return Long.parseLong(value.trim()) >= 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String[] strings(Map<String, Object> properties, String attribute) {
        return ConfigurationCheck.valuesOrDefault(properties, attribute, ComplaintConfig.class);
    }
}
