package org.branchdesk.customer.api;

import java.util.List;

import org.branchdesk.platform.api.BranchTier;

/**
 * What a segment entitles a customer to, from the unified view strategy.
 *
 * @param serviceBrand the brand, e.g. private banking
 * @param card         the card the segment carries
 * @param branchTiers  branch tiers that serve the segment
 * @param channels     service channels
 * @param addOnServices add-on services
 * @param products     product families offered
 */
public record Entitlements(String serviceBrand, String card, List<BranchTier> branchTiers,
        List<String> channels, List<String> addOnServices, List<String> products) {
}
