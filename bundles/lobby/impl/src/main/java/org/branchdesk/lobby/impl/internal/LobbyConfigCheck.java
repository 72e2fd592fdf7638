package org.branchdesk.lobby.impl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/**
 * Refuses a routing table that does not parse and a negative wait bound, so that the lobby keeps
 * the configuration it has. The metatype has already checked the types.
 */
@Component(property = ConfigurationCheck.PID + "=org.branchdesk.lobby")
public final class LobbyConfigCheck implements ConfigurationCheck {

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        List<FieldError> errors = new ArrayList<>();
        String[] rules = ConfigurationCheck.values(properties.get("rules"));
        if (rules != null) {
            try {
                new RoutingTable(rules);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("rules", e.getMessage()));
            }
        }
        Object wait = properties.get(MAX_WAIT);
        if (wait != null) {
            try {
                String problem = maxWaitProblem(Long.parseLong(String.valueOf(wait).trim()));
                if (problem != null) {
                    errors.add(new FieldError(MAX_WAIT, problem));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError(MAX_WAIT, "must be a whole number of seconds, not '" + wait + "'"));
            }
        }
        return errors;
    }

    static final String MAX_WAIT = "maxWaitBehindPremiumSeconds";

    /** What is wrong with this bound on a standard ticket's wait behind premium ones, or null. */
    static String maxWaitProblem(long seconds) {
        return seconds < 0 ? "must be 0 (first come, first served) or more seconds, not " + seconds : null;
    }
}
