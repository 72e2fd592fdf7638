package org.branchdesk.marketing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.TargetCriteria;

/**
 * A campaign to define. Required: {@code name} (at most 100), {@code channels} (at least one),
 * {@code target}. {@code productCode}, if given, must be on the shelf; {@code endsOn} (optional)
 * not in the past; {@code launchAt} (optional) in the future.
 */
public record CampaignInput(String name, String purpose, List<Channel> channels, TargetCriteria target,
        String productCode, LocalDate endsOn, Instant launchAt) {
}
