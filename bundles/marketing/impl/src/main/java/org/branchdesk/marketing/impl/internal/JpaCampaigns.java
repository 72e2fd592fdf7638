package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.CustomerSelection;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.api.TargetCustomer;
import org.branchdesk.marketing.api.Campaign;
import org.branchdesk.marketing.api.CampaignContact;
import org.branchdesk.marketing.api.CampaignInput;
import org.branchdesk.marketing.api.CampaignStatus;
import org.branchdesk.marketing.api.CampaignTarget;
import org.branchdesk.marketing.api.Campaigns;
import org.branchdesk.marketing.api.ContactInput;
import org.branchdesk.marketing.api.ContactOutcome;
import org.branchdesk.marketing.api.Funnel;
import org.branchdesk.marketing.api.FunnelCounts;
import org.branchdesk.marketing.api.ProductShelf;
import org.branchdesk.marketing.api.Suitability;
import org.branchdesk.marketing.impl.internal.jpa.CampaignEntity;
import org.branchdesk.marketing.impl.internal.jpa.CampaignStore;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.AuditLog;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Campaigns: the centre head defines and launches them; launching is a conditional update of
 * the campaign's row (DRAFT → LAUNCHED, one winner however many runtimes try) and, in the same
 * transaction, the customer module's selection frozen into the target list in JDBC batches.
 * Contacts are {@link CampaignContacts}'.
 */
@Component(service = { Campaigns.class, JpaCampaigns.class }, configurationPid = CampaignsConfigCheck.PID)
public final class JpaCampaigns implements Campaigns {

    private static final Logger LOG = LoggerFactory.getLogger(JpaCampaigns.class);
    /** The largest target list a launch freezes (the selection's own limit). */
    static final int MAX_TARGETS = 2_000_000;
    private static final int LIST_MAX = 500, PAGE_MAX = 1000;
    /** Funnel key of targets who had no manager at launch. */
    static final String NO_MANAGER = "(none)";

    /** Part of the module but its own component: a campaign naming a product needs the shelf up. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProductShelf shelf;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Suitability suitability;

    private final TransactionControl tx;
    private final CampaignStore store;
    private final CustomerSelection selection;
    private final AuditLog audit;
    private final ModuleClock clock;
    private final CampaignContacts contacts;

    @Activate
    public JpaCampaigns(@Reference TransactionControl tx, @Reference(target = "(osgi.unit.name=branchdesk.marketing)") JPAEntityManagerProvider provider,
            @Reference CustomerSelection selection, @Reference InteractionLog interactions, @Reference AuditLog audit,
            @Reference ModuleClock clock, CampaignsConfig config) {
        CampaignsConfigCheck.require(config);
        this.tx = tx;
        this.store = new CampaignStore(provider.getResource(tx));
        this.selection = selection;
        this.audit = audit;
        this.clock = clock;
        this.contacts = new CampaignContacts(tx, store, interactions, audit, clock, () -> suitability, config.maxContacts(), config.perDays());
    }

    @Override
    public Campaign define(CampaignInput input, Caller caller) {
        caller.require(MarketingAccess.LEAD, "defining a campaign");
        CampaignInput in = checked(input, caller);
        return TxScopes.required(tx, () -> {
            CampaignEntity e = new CampaignEntity();
            e.createdBy = caller.username();
            e.createdAt = clock.now().toEpochMilli();
            e.status = CampaignStatus.DRAFT.name();
            fill(e, in);
            store.add(e);
            audit.record(caller, null, "CAMPAIGN_DEFINE", "campaign " + e.id + " " + e.name + ": " + e.target);
            return CampaignRecords.campaign(e);
        });
    }

    @Override
    public Campaign redefine(long campaignId, CampaignInput input, Caller caller) {
        caller.require(MarketingAccess.LEAD, "redefining a campaign");
        CampaignInput in = checked(input, caller);
        return TxScopes.required(tx, () -> {
            existing(campaignId);
            // the draft's row locked by a conditional update: a launch waits for this change, or this one sees it launched
            if (!store.lockDraft(campaignId)) {
                throw new ConflictException("status", "campaign " + campaignId + " is " + store.reload(campaignId).status
                        + ": only a DRAFT is redefined");
            }
            CampaignEntity e = store.reload(campaignId);
            fill(e, in);
            store.add(e);
            audit.record(caller, null, "CAMPAIGN_DEFINE", "campaign " + e.id + " redefined: " + e.target);
            return CampaignRecords.campaign(e);
        });
    }

    @Override
    public List<Campaign> campaigns(CampaignStatus status, Caller caller) {
        caller.require(MarketingAccess.WORK, "reading campaigns");
        String manager = caller.has(Role.CENTER_HEAD) ? null : caller.username();
        return TxScopes.supports(tx, () -> store.campaigns(status == null ? null : status.name(), manager, LIST_MAX).stream()
                .map(CampaignRecords::campaign).toList());
    }

    @Override
    public Campaign campaign(long campaignId, Caller caller) {
        caller.require(MarketingAccess.WORK, "reading a campaign");
        return TxScopes.supports(tx, () -> CampaignRecords.campaign(visible(campaignId, caller)));
    }

    @Override
    public Campaign launch(long campaignId, Caller caller) {
        caller.require(MarketingAccess.LEAD, "launching a campaign");
        long now = clock.now().toEpochMilli();
        Campaign launched = TxScopes.required(tx, () -> {
            existing(campaignId);
            if (!store.launch(campaignId, now, caller.username())) {
                throw new ConflictException("status", "campaign " + campaignId + " is " + store.reload(campaignId).status
                        + ": only a DRAFT is launched, once");
            }
            CampaignEntity e = store.reload(campaignId);
            long t0 = System.nanoTime();
            List<TargetCustomer> targets = selection.select(TargetCodec.decode(e.target), MAX_TARGETS, caller);
            long t1 = System.nanoTime();
            store.insertTargets(campaignId, targets);
            store.setTargets(campaignId, targets.size());
            LOG.info("Campaign {}: {} targets selected in {} ms, written in {} ms", campaignId, targets.size(), (t1 - t0) / 1_000_000,
                    (System.nanoTime() - t1) / 1_000_000);
            audit.record(caller, null, "CAMPAIGN_LAUNCH", "campaign " + campaignId + " " + e.name + ": " + targets.size() + " targets");
            return CampaignRecords.campaign(store.reload(campaignId));
        });
        LOG.info("Campaign {} launched by {} with {} targets", campaignId, caller.username(), launched.targets());
        return launched;
    }

    /** Launches every draft whose launch time has come, as the module; those another runtime launched first are passed over. */
    int launchDue() {
        List<Long> due = TxScopes.supports(tx, () -> store.due(clock.now().toEpochMilli()));
        int launched = 0;
        for (long id : due) {
            try {
                launch(id, Module.CALLER);
                launched++;
            } catch (ConflictException e) {
                LOG.debug("Campaign {} was launched elsewhere", id);
            }
        }
        return launched;
    }

    @Override
    public Campaign close(long campaignId, Caller caller) {
        caller.require(MarketingAccess.LEAD, "closing a campaign");
        return TxScopes.required(tx, () -> {
            existing(campaignId);
            if (!store.close(campaignId, clock.now().toEpochMilli())) {
                throw new ConflictException("status", "campaign " + campaignId + " is " + store.reload(campaignId).status
                        + ": only a LAUNCHED campaign is closed");
            }
            audit.record(caller, null, "CAMPAIGN_CLOSE", "campaign " + campaignId);
            return CampaignRecords.campaign(store.reload(campaignId));
        });
    }

    @Override
    public List<CampaignTarget> targets(long campaignId, String manager, int offset, int limit, Caller caller) {
        caller.require(MarketingAccess.WORK, "reading a campaign's targets");
        String of = manager == null || manager.isBlank() ? null : manager.trim();
        if (!caller.has(Role.CENTER_HEAD)) {
            if (of != null && !of.equals(caller.username())) {
                throw new ForbiddenException("a customer manager reads their own targets only, not those of " + of);
            }
            of = caller.username();
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "must be 0 or more");
        }
        if (limit < 1 || limit > PAGE_MAX) {
            throw new InvalidInputException("limit", "must be 1 to " + PAGE_MAX);
        }
        String m = of;
        return TxScopes.required(tx, () -> {
            existing(campaignId);
            List<CampaignTarget> page = store.targets(campaignId, m, offset, limit).stream()
                    .map(r -> new CampaignTarget(campaignId, r.customerId(), r.manager(), r.segment() == null ? null : Segment.valueOf(r.segment()),
                            r.contacts(), r.best() == null ? null : ContactOutcome.values()[r.best()]))
                    .toList();
            audit.record(caller, null, "CAMPAIGN_TARGETS", "campaign " + campaignId + (m == null ? "" : " of " + m) + ": " + page.size()
                    + " targets from " + offset);
            return page;
        });
    }

    @Override
    public CampaignContact contact(long campaignId, String customerId, ContactInput input, Caller caller) {
        return contacts.contact(campaignId, customerId, input, caller);
    }

    @Override
    public CampaignContact recordedContact(long contactId, Caller caller) {
        return contacts.recorded(contactId, caller);
    }

    @Override
    public List<CampaignContact> contacts(long campaignId, String customerId, Caller caller) {
        return contacts.of(campaignId, customerId, caller);
    }

    @Override
    public Funnel funnel(long campaignId, Caller caller) {
        caller.require(MarketingAccess.WORK, "reading a campaign's funnel");
        // a customer manager sees their own line; the centre head every manager's
        String own = caller.has(Role.CENTER_HEAD) ? null : caller.username();
        return TxScopes.required(tx, () -> {
            existing(campaignId);
            Map<String, FunnelCounts> byManager = new TreeMap<>();
            int[] total = new int[6];
            BigDecimal amount = BigDecimal.ZERO.setScale(2);
            for (CampaignStore.FunnelRow r : store.funnel(campaignId)) {
                String m = r.manager() == null ? NO_MANAGER : r.manager();
                if (own != null && !own.equals(m)) {
                    continue;
                }
                FunnelCounts c = counts(r.targets(), r.contacted(), r.reached(), r.interested(), r.appointments(), r.bought(), r.amount());
                byManager.put(m, c);
                int[] add = { c.targets(), c.contacted(), c.reached(), c.interested(), c.appointments(), c.bought() };
                for (int i = 0; i < 6; i++) {
                    total[i] += add[i];
                }
                amount = amount.add(c.amount());
            }
            return new Funnel(campaignId, counts(total[0], total[1], total[2], total[3], total[4], total[5], amount), Map.copyOf(byManager));
        });
    }

    static FunnelCounts counts(int targets, int contacted, int reached, int interested, int appointments, int bought, BigDecimal amount) {
        BigDecimal rate = targets == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(bought).divide(BigDecimal.valueOf(targets), 4, RoundingMode.HALF_UP);
        return new FunnelCounts(targets, contacted, reached, interested, appointments, bought,
                amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2), rate);
    }

    /** A checked definition; a product named must be on the shelf. */
    private CampaignInput checked(CampaignInput input, Caller caller) {
        CampaignInput in = CampaignRules.definition(input, clock.today(), clock.now());
        if (in.productCode() != null) {
            ProductShelf s = shelf;
            if (s == null) {
                throw new ConflictException("productCode", "the product shelf is not running: a campaign for a product cannot be defined now");
            }
            if (s.product(in.productCode(), caller).isEmpty()) {
                throw new InvalidInputException("productCode", "'" + in.productCode() + "' is not on the shelf");
            }
        }
        return in;
    }

    private static void fill(CampaignEntity e, CampaignInput in) {
        e.name = in.name();
        e.purpose = in.purpose();
        e.channels = in.channels().stream().map(Enum::name).collect(Collectors.joining(","));
        e.target = TargetCodec.encode(in.target());
        e.productCode = in.productCode();
        e.endsOn = in.endsOn();
        e.launchAt = in.launchAt() == null ? null : in.launchAt().toEpochMilli();
    }

    private CampaignEntity existing(long campaignId) {
        CampaignEntity e = store.find(campaignId);
        if (e == null) {
            throw new NotFoundException("campaign", String.valueOf(campaignId));
        }
        return e;
    }

    /** The campaign, if the caller may see it: the centre head any, a manager one they have targets in. */
    private CampaignEntity visible(long campaignId, Caller caller) {
        CampaignEntity e = existing(campaignId);
        if (!caller.has(Role.CENTER_HEAD) && !store.hasTargetsOf(campaignId, caller.username())) {
            throw new ForbiddenException("a customer manager reads the campaigns they have targets in");
        }
        return e;
    }
}
