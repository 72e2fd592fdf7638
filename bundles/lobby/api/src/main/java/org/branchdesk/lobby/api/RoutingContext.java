package org.branchdesk.lobby.api;

import org.branchdesk.customer.api.Segment;
import org.branchdesk.platform.api.BranchTier;

/**
 * What routing decides from.
 *
 * @param segment          the customer's segment, or null for an unidentified or unsegmented customer
 * @param premium          segment is premium
 * @param potentialPremium premium only with assets at other banks
 * @param hasManager       the customer has a dedicated customer manager
 */
public record RoutingContext(Segment segment, boolean premium, boolean potentialPremium, boolean hasManager,
        VisitPurpose purpose, BranchTier tier) {
}
