package org.branchdesk.lobby.impl.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.branchdesk.customer.api.CustomerViewSection;
import org.branchdesk.customer.api.ViewContext;
import org.branchdesk.lobby.api.ArrivalSource;
import org.branchdesk.lobby.api.Lead;
import org.branchdesk.lobby.api.LobbyService;
import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.lobby.api.VisitPurpose;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.propertytypes.ServiceRanking;

/** "Visits and leads" in the unified view: the customer's recent visits and open leads. */
@Component
@ServiceRanking(200)
public final class VisitsSection implements CustomerViewSection {

    /** One visit as the view shows it. */
    public record Visit(Instant at, ArrivalSource source, VisitPurpose purpose, ServicePoint sentTo, String registeredBy) {
    }

    /** The section's content. */
    public record Content(List<Visit> recentVisits, List<Lead> openLeads) {
    }

    /**
     * Optional, dynamic and taken only when a view asks: the lobby service needs the customer
     * service, whose view asks this section; a static reference would be a cycle that fails
     * activation, and getting the service at binding time one that DS reports as an error.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ComponentServiceObjects<LobbyService> lobby;

    @Override
    public String id() {
        return "lobby-visits";
    }

    @Override
    public String title() {
        return "Recent visits and open leads";
    }

    @Override
    public Optional<Object> contribute(ViewContext context) {
        ComponentServiceObjects<LobbyService> objects = this.lobby;
        if (objects == null) {
            return Optional.empty();
        }
        LobbyService lobby = objects.getService();
        if (lobby == null) {
            return Optional.empty(); // going away
        }
        try {
            String id = context.customer().id();
            List<Visit> visits = lobby.visits(id, 5, context.caller()).stream()
                    .map(a -> new Visit(a.at(), a.source(), a.purpose(), a.guidance().servicePoint(), a.registeredBy())).toList();
            return Optional.of(new Content(visits, lobby.openLeads(id, context.caller())));
        } finally {
            objects.ungetService(lobby);
        }
    }
}
