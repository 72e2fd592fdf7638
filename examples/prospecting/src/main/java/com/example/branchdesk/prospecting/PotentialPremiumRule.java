package com.example.branchdesk.prospecting;

import java.util.Optional;

import org.branchdesk.lobby.api.Guidance;
import org.branchdesk.lobby.api.GuidanceMode;
import org.branchdesk.lobby.api.Priority;
import org.branchdesk.lobby.api.RoutingContext;
import org.branchdesk.lobby.api.RoutingRule;
import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.lobby.api.VisitPurpose;
import org.branchdesk.platform.api.BranchTier;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

/**
 * A lobby routing rule: a potential premium customer who comes for everyday cash or non-cash
 * business is taken to a customer manager in person, where the branch's built-in table would
 * send them to the machines or the counters — the moment to win their assets from other banks.
 * Not in a convenience store, which has no customer managers. Every other arrival is left to
 * the next rule.
 */
@Component
@ServiceRanking(100)
public final class PotentialPremiumRule implements RoutingRule {

    static final String NAME = "prospecting: potential premium to a customer manager";

    @Override
    public Optional<Guidance> route(RoutingContext context) {
        if (!context.potentialPremium() || context.tier() == BranchTier.CONVENIENCE_STORE
                || (context.purpose() != VisitPurpose.CASH && context.purpose() != VisitPurpose.NON_CASH)) {
            return Optional.empty();
        }
        return Optional.of(new Guidance(ServicePoint.CUSTOMER_MANAGER, Priority.STANDARD, GuidanceMode.PERSONAL, NAME));
    }
}
