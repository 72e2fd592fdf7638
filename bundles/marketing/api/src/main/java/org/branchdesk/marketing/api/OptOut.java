package org.branchdesk.marketing.api;

import java.time.Instant;

import org.branchdesk.customer.api.Channel;

/**
 * A customer's wish not to be contacted for marketing.
 *
 * @param channel    through this channel, or null for every channel
 * @param campaignId for this campaign only, or null for every campaign
 * @param withdrawnAt when the customer took it back, or null while it holds
 */
public record OptOut(long id, String customerId, Channel channel, Long campaignId, String recordedBy, Instant at,
        String note, Instant withdrawnAt) {
}
