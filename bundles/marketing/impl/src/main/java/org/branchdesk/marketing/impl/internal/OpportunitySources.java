package org.branchdesk.marketing.impl.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.branchdesk.lobby.api.Lead;
import org.branchdesk.lobby.api.LeadStatus;
import org.branchdesk.lobby.api.LobbyService;
import org.branchdesk.marketing.api.CampaignContact;
import org.branchdesk.marketing.api.Campaigns;
import org.branchdesk.marketing.api.ContactOutcome;
import org.branchdesk.marketing.api.OpportunitySource;
import org.branchdesk.marketing.api.ReferralStatus;
import org.branchdesk.marketing.impl.internal.jpa.ReferralEntity;
import org.branchdesk.marketing.impl.internal.jpa.ReferralStore;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * Where an opportunity comes from, and what opening it does to its source: a lobby lead (read and
 * followed up through the lobby's API), a referral (its customer, its referrer), a campaign contact
 * that showed interest (through {@link Campaigns}, when campaigns run here), or nothing (by hand).
 * An id that names no source of its kind is a 400 naming {@code sourceRef}; a source used up
 * already is a 409 naming it.
 */
@Component(service = OpportunitySources.class)
public final class OpportunitySources {

    /** The customer the source names (null: by hand, the input's) and the member of staff who referred it (or null). */
    record Origin(String customerId, String referrer) {
    }

    private static final Set<ContactOutcome> INTERESTED = EnumSet.of(ContactOutcome.INTERESTED, ContactOutcome.APPOINTMENT, ContactOutcome.BOUGHT);

    private final TransactionControl tx;
    private final ReferralStore referrals;
    /** The lobby is another module: while it is stopped, only opportunities from a lead are refused. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile LobbyService lobby;

    /** Campaigns are another part of the module: opportunities from a contact wait for them, the rest works without. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Campaigns campaigns;

    @Activate
    public OpportunitySources(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.marketing)") JPAEntityManagerProvider provider) {
        this.tx = tx;
        this.referrals = new ReferralStore(provider.getResource(tx));
    }

    Origin origin(OpportunitySource source, Long ref, Caller caller) {
        return switch (source) {
        case MANUAL -> new Origin(null, null);
        case LEAD -> new Origin(openLead(ref, caller).customerId(), null);
        case REFERRAL -> {
            ReferralEntity r = TxScopes.supports(tx, () -> referrals.find(ref));
            if (r == null) {
                throw new InvalidInputException("sourceRef", "no referral " + ref);
            }
            if (!caller.has(Role.CENTER_HEAD) && !caller.username().equals(r.toManager)) {
                throw new ForbiddenException("an opportunity from a referral is opened by the manager it went to");
            }
            if (r.status != ReferralStatus.OPEN) {
                throw new ConflictException("sourceRef", "referral " + ref + " is " + r.status + ": only an open referral opens an opportunity");
            }
            yield new Origin(r.customerId, r.referredBy);
        }
        case CAMPAIGN -> {
            CampaignContact c = contact(ref, caller);
            if (!INTERESTED.contains(c.outcome())) {
                throw new ConflictException("sourceRef", "campaign contact " + ref + " was " + c.outcome()
                        + ": an opportunity comes from a contact that showed interest");
            }
            yield new Origin(c.customerId(), null);
        }
        };
    }

    /** What opening the opportunity does to its source, in the caller's transaction: a lead is followed up. */
    void consumed(OpportunitySource source, Long ref, Caller caller) {
        if (source == OpportunitySource.LEAD) {
            try {
                lobby(ref).followUp(ref, caller);
            } catch (RuntimeException e) {
                // the lobby's own scope inside ours wraps its refusal
                if (TxScopes.cause(e, ConflictException.class) != null) {
                    throw new ConflictException("sourceRef", "lead " + ref + " was followed up at the same moment");
                }
                throw e;
            }
        }
    }

    private LobbyService lobby(long lead) {
        LobbyService l = lobby;
        if (l == null) {
            throw new InvalidInputException("sourceRef", "the lobby is not running in this deployment: no lead " + lead);
        }
        return l;
    }

    private Lead openLead(long id, Caller caller) {
        LobbyService lobby = lobby(id);
        Optional<Lead> open = lobby.leads(LeadStatus.OPEN, caller).stream().filter(l -> l.id() == id).findFirst();
        if (open.isPresent()) {
            if (open.get().customerId() == null) {
                throw new InvalidInputException("sourceRef", "lead " + id + " names no customer");
            }
            return open.get();
        }
        if (lobby.leads(LeadStatus.FOLLOWED_UP, caller).stream().anyMatch(l -> l.id() == id)) {
            throw new ConflictException("sourceRef", "lead " + id + " is followed up already");
        }
        throw new InvalidInputException("sourceRef", "no open lead " + id);
    }

    private CampaignContact contact(long id, Caller caller) {
        Campaigns c = campaigns;
        if (c == null) {
            throw new InvalidInputException("sourceRef", "campaigns do not run in this deployment: no campaign contact " + id);
        }
        try {
            return c.recordedContact(id, caller);
        } catch (RuntimeException e) {
            if (TxScopes.cause(e, NotFoundException.class) != null) {
                throw new InvalidInputException("sourceRef", "no campaign contact " + id);
            }
            throw e;
        }
    }
}
