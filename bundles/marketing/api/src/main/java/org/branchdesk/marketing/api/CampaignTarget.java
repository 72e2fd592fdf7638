package org.branchdesk.marketing.api;

import org.branchdesk.customer.api.Segment;

/**
 * A customer of a campaign's frozen target list, with the manager who owned them at launch and the
 * furthest the contacts have gone.
 *
 * @param outcome the best outcome of their contacts so far, or null before the first
 */
public record CampaignTarget(long campaignId, String customerId, String manager, Segment segment, int contacts,
        ContactOutcome outcome) {
}
