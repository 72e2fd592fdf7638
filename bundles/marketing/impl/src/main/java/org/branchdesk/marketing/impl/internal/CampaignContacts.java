package org.branchdesk.marketing.impl.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.Interaction;
import org.branchdesk.customer.api.InteractionInput;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.marketing.api.CampaignContact;
import org.branchdesk.marketing.api.CampaignStatus;
import org.branchdesk.marketing.api.ContactInput;
import org.branchdesk.marketing.api.ContactOutcome;
import org.branchdesk.marketing.api.Suitability;
import org.branchdesk.marketing.impl.internal.jpa.CampaignEntity;
import org.branchdesk.marketing.impl.internal.jpa.CampaignStore;
import org.branchdesk.marketing.impl.internal.jpa.ContactEntity;
import org.branchdesk.marketing.impl.internal.jpa.OptOutEntity;
import org.branchdesk.marketing.impl.internal.jpa.TargetEntity;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Contact attempts with a campaign's targets, each in one transaction: the customer's guard row
 * locked first, then the opt-outs and the cap read as they are at that moment, a sale checked by
 * suitability, the contact recorded in the interaction log and here. A refusal writes nothing.
 */
final class CampaignContacts {

    private final TransactionControl tx;
    private final CampaignStore store;
    private final InteractionLog interactions;
    private final AuditLog audit;
    private final ModuleClock clock;
    private final Supplier<Suitability> suitability;
    private final int maxContacts;
    private final int perDays;

    CampaignContacts(TransactionControl tx, CampaignStore store, InteractionLog interactions, AuditLog audit, ModuleClock clock,
            Supplier<Suitability> suitability, int maxContacts, int perDays) {
        this.tx = tx;
        this.store = store;
        this.interactions = interactions;
        this.audit = audit;
        this.clock = clock;
        this.suitability = suitability;
        this.maxContacts = maxContacts;
        this.perDays = perDays;
    }

    CampaignContact contact(long campaignId, String customerId, ContactInput input, Caller caller) {
        caller.require(MarketingAccess.WORK, "contacting a campaign's target");
        Instant now = clock.now();
        return TxScopes.required(tx, () -> {
            CampaignEntity c = existing(campaignId);
            TargetEntity t = target(c, customerId);
            requireTargetManager(t, caller, "contacting");
            LocalDate today = clock.today();
            if (!CampaignStatus.LAUNCHED.name().equals(c.status)) {
                throw new ConflictException("status", "campaign " + campaignId + " is " + c.status + ": contacts are for a LAUNCHED campaign");
            }
            if (c.endsOn != null && today.isAfter(c.endsOn)) {
                throw new ConflictException("status", "campaign " + campaignId + " ended on " + c.endsOn);
            }
            ContactInput in = CampaignRules.contact(input, CampaignRecords.channels(c.channels), now);
            // from here on, this customer's other contacts (any campaign, any runtime) wait for this transaction
            store.lockGuard(t.customerId);
            List<OptOutEntity> blocking = store.blocking(t.customerId, in.channel().name(), campaignId);
            if (!blocking.isEmpty()) {
                OptOutEntity o = blocking.get(0);
                throw new ConflictException("channel", "the customer opted out of " + (o.channel == null ? "every channel" : o.channel)
                        + (o.campaignId == null ? " for every campaign" : " for this campaign") + " (opt-out " + o.id + ")");
            }
            long since = in.at().minus(Duration.ofDays(perDays)).toEpochMilli();
            long recent = store.contactsSince(t.customerId, since);
            if (recent >= maxContacts) {
                throw new ConflictException("customerId", "contact cap: the customer had " + recent + " marketing contact(s) within "
                        + perDays + " days, at most " + maxContacts + " are allowed");
            }
            if (in.outcome() == ContactOutcome.BOUGHT) {
                Suitability s = suitability.get();
                if (s == null) {
                    throw new ConflictException("productCode", "suitability is not running: a sale cannot be recorded now");
                }
                s.require(t.customerId, in.productCode(), in.amount(), "productCode", caller);
            }
            String outcome = in.outcome() == ContactOutcome.BOUGHT ? "BOUGHT " + in.productCode() + " " + in.amount().toPlainString()
                    : in.outcome().name();
            Interaction i = interactions.record(t.customerId, new InteractionInput(in.channel(), in.at(), purpose(c.name), outcome, in.note()),
                    Module.NAME, caller);
            ContactEntity k = new ContactEntity();
            k.campaignId = campaignId;
            k.customerId = t.customerId;
            k.staff = caller.username();
            k.manager = t.manager;
            k.channel = in.channel().name();
            k.outcome = in.outcome().name();
            k.rank = in.outcome().ordinal();
            k.productCode = in.productCode();
            k.amount = in.amount();
            k.at = in.at().toEpochMilli();
            k.interactionId = i.id();
            store.add(k);
            return CampaignRecords.contact(k);
        });
    }

    CampaignContact recorded(long contactId, Caller caller) {
        caller.require(MarketingAccess.WORK, "reading a campaign contact");
        return TxScopes.required(tx, () -> {
            ContactEntity k = store.contact(contactId);
            if (k == null) {
                throw new NotFoundException("campaign contact", String.valueOf(contactId));
            }
            if (!caller.has(Role.CENTER_HEAD) && !caller.username().equals(k.manager) && !caller.username().equals(k.staff)) {
                throw new ForbiddenException("a customer manager reads the contacts of their own targets only");
            }
            audit.record(caller, k.customerId, "CAMPAIGN_CONTACT", "contact " + contactId + " of campaign " + k.campaignId);
            return CampaignRecords.contact(k);
        });
    }

    List<CampaignContact> of(long campaignId, String customerId, Caller caller) {
        caller.require(MarketingAccess.WORK, "reading a target's contacts");
        return TxScopes.required(tx, () -> {
            CampaignEntity c = existing(campaignId);
            TargetEntity t = target(c, customerId);
            requireTargetManager(t, caller, "reading the contacts of");
            audit.record(caller, t.customerId, "CAMPAIGN_CONTACTS", "campaign " + campaignId);
            return store.contacts(campaignId, t.customerId).stream().map(CampaignRecords::contact).collect(Collectors.toList());
        });
    }

    /** What the interaction log records as the contact's purpose: the campaign's name, within the log's 100 characters. */
    static String purpose(String campaignName) {
        String p = "campaign: " + campaignName;
        return p.length() <= 100 ? p : p.substring(0, 100);
    }

    private CampaignEntity existing(long campaignId) {
        CampaignEntity e = store.find(campaignId);
        if (e == null) {
            throw new NotFoundException("campaign", String.valueOf(campaignId));
        }
        return e;
    }

    private TargetEntity target(CampaignEntity c, String customerId) {
        TargetEntity t = customerId == null ? null : store.target(c.id, customerId.trim());
        if (t == null) {
            throw new NotFoundException("target of campaign " + c.id, customerId);
        }
        return t;
    }

    /** Only the target's manager at launch, or the centre head. */
    private static void requireTargetManager(TargetEntity t, Caller caller, String what) {
        if (!caller.has(Role.CENTER_HEAD) && !caller.username().equals(t.manager)) {
            throw new ForbiddenException("only the customer's manager at launch or the centre head: " + what + " another manager's target");
        }
    }
}
