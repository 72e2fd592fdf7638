package org.branchdesk.marketing.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.branchdesk.customer.api.Channel;

/** A contact attempt as recorded; it is in the customer's interaction log too ({@code interactionId}). */
public record CampaignContact(long id, long campaignId, String customerId, String staff, Channel channel,
        ContactOutcome outcome, String productCode, BigDecimal amount, Instant at, long interactionId) {
}
