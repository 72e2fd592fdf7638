package org.branchdesk.marketing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.TargetCriteria;

/**
 * A targeted marketing campaign (定向营销).
 *
 * @param channels    the channels its contacts may use
 * @param productCode the product it promotes, or null
 * @param launchAt    when the scheduler launches it, or null for a launch by hand
 * @param targets     the size of its frozen target list (0 before launch)
 */
public record Campaign(long id, String name, String purpose, List<Channel> channels, TargetCriteria target,
        String productCode, LocalDate endsOn, CampaignStatus status, String createdBy, Instant createdAt, Instant launchAt,
        Instant launchedAt, String launchedBy, int targets, Instant closedAt) {
}
