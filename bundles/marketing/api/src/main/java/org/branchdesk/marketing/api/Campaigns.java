package org.branchdesk.marketing.api;

import java.util.List;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Targeted campaigns. The centre head defines, launches and closes them; launching freezes the
 * target list (each customer at most once, with the manager who owns them), once, however many
 * runtimes try: a second launch is a 409. Each manager contacts their own targets; every contact
 * attempt goes to the interaction log, honours the customer's opt-outs at that moment and the
 * contact cap across all campaigns (a contact beyond either is a 409 naming {@code channel} or
 * {@code customerId} with the reason), and is counted in the funnel.
 */
@ProviderType
public interface Campaigns {

    Campaign define(CampaignInput input, Caller caller);

    /** Replaces a DRAFT campaign's definition. */
    Campaign redefine(long campaignId, CampaignInput input, Caller caller);

    /** Campaigns of one status (null for all), newest first; a manager sees those they have targets in. */
    List<Campaign> campaigns(CampaignStatus status, Caller caller);

    Campaign campaign(long campaignId, Caller caller);

    /** Freezes the target list and launches: DRAFT → LAUNCHED, once. */
    Campaign launch(long campaignId, Caller caller);

    /** LAUNCHED → CLOSED. */
    Campaign close(long campaignId, Caller caller);

    /** The frozen targets, by customer number: a manager's own (null: all, for the centre head). */
    List<CampaignTarget> targets(long campaignId, String manager, int offset, int limit, Caller caller);

    /** Records one contact attempt with a target of a LAUNCHED campaign. */
    CampaignContact contact(long campaignId, String customerId, ContactInput input, Caller caller);

    /** One recorded contact by its id (what an opportunity from a campaign names); 404 if unknown. */
    CampaignContact recordedContact(long contactId, Caller caller);

    /** The contacts of one target, newest first. */
    List<CampaignContact> contacts(long campaignId, String customerId, Caller caller);

    Funnel funnel(long campaignId, Caller caller);
}
