package org.branchdesk.marketing.impl.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.branchdesk.customer.api.Channel;
import org.branchdesk.marketing.api.Campaign;
import org.branchdesk.marketing.api.CampaignContact;
import org.branchdesk.marketing.api.CampaignStatus;
import org.branchdesk.marketing.api.ContactOutcome;
import org.branchdesk.marketing.api.OptOut;
import org.branchdesk.marketing.impl.internal.jpa.CampaignEntity;
import org.branchdesk.marketing.impl.internal.jpa.ContactEntity;
import org.branchdesk.marketing.impl.internal.jpa.OptOutEntity;

/** The API's records of the campaign rows: entities never leave the bundle. */
final class CampaignRecords {

    private CampaignRecords() {
    }

    static List<Channel> channels(String joined) {
        return Arrays.stream(joined.split(",")).filter(s -> !s.isEmpty()).map(Channel::valueOf).toList();
    }

    static Campaign campaign(CampaignEntity e) {
        return new Campaign(e.id, e.name, e.purpose, channels(e.channels), TargetCodec.decode(e.target), e.productCode, e.endsOn,
                CampaignStatus.valueOf(e.status), e.createdBy, Instant.ofEpochMilli(e.createdAt), instant(e.launchAt), instant(e.launchedAt),
                e.launchedBy, e.targets, instant(e.closedAt));
    }

    static CampaignContact contact(ContactEntity e) {
        return new CampaignContact(e.id, e.campaignId, e.customerId, e.staff, Channel.valueOf(e.channel), ContactOutcome.valueOf(e.outcome),
                e.productCode, e.amount, Instant.ofEpochMilli(e.at), e.interactionId);
    }

    static OptOut optOut(OptOutEntity e) {
        return new OptOut(e.id, e.customerId, e.channel == null ? null : Channel.valueOf(e.channel), e.campaignId, e.recordedBy,
                Instant.ofEpochMilli(e.at), e.note, instant(e.withdrawnAt));
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
