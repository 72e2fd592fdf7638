package org.branchdesk.lobby.impl.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.branchdesk.lobby.api.Guidance;
import org.branchdesk.lobby.api.GuidanceMode;
import org.branchdesk.lobby.api.Priority;
import org.branchdesk.lobby.api.RoutingContext;
import org.branchdesk.lobby.api.RoutingRule;
import org.branchdesk.lobby.api.ServicePoint;

/**
 * Where an arrival is sent: integrators' {@link RoutingRule} services by ranking, highest first,
 * then the configured {@link RoutingTable}, then the reception, where the lobby manager decides.
 */
final class Router {

    /** The guidance when nothing matched. */
    static final Guidance FALLBACK = new Guidance(ServicePoint.RECEPTION, Priority.STANDARD, GuidanceMode.PERSONAL,
            "no rule matched: the lobby manager decides");

    private final RoutingTable table;

    Router(RoutingTable table) {
        this.table = table;
    }

    /** @param rules the integrators' rules as DS keeps them, sorted by ranking, lowest first */
    Guidance route(RoutingContext context, List<RoutingRule> rules) {
        List<RoutingRule> bound = rules == null ? List.of() : new ArrayList<>(rules);
        Collections.reverse(bound);
        for (RoutingRule rule : bound) {
            Optional<Guidance> g = rule.route(context);
            if (g.isPresent()) {
                return g.get();
            }
        }
        return table.route(context).orElse(FALLBACK);
    }
}
