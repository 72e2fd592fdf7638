package org.branchdesk.lobby.impl.internal;

import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/** Refuses a routing table that does not parse, so that the lobby keeps the table it has. */
@Component(property = ConfigurationCheck.PID + "=org.branchdesk.lobby")
public final class LobbyConfigCheck implements ConfigurationCheck {

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        String[] rules = ConfigurationCheck.values(properties.get("rules"));
        if (rules == null) {
            return List.of();
        }
        try {
            new RoutingTable(rules);
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(new FieldError("rules", e.getMessage()));
        }
    }
}
