package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.CustomerViewSection;
import org.branchdesk.customer.api.ViewContext;
import org.branchdesk.marketing.api.FinancialPlans;
import org.branchdesk.marketing.api.Opportunities;
import org.branchdesk.marketing.api.OpportunityStage;
import org.branchdesk.marketing.api.CampaignContact;
import org.branchdesk.marketing.api.ContactOutcome;
import org.branchdesk.marketing.api.PlanStatus;
import org.branchdesk.marketing.api.RiskTolerance;
import org.branchdesk.marketing.impl.internal.jpa.OpportunityEntity;
import org.branchdesk.marketing.impl.internal.jpa.OpportunityStore;
import org.branchdesk.marketing.impl.internal.jpa.PlanEntity;
import org.branchdesk.marketing.impl.internal.jpa.PlanStore;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.transaction.control.ScopedWorkException;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Contact marketing" in the unified view, for the staff who work the customer (their own manager,
 * the centre head, any customer manager for a customer without one): the risk tolerance and until
 * when it holds, the current plan, open opportunities, active campaigns, the last marketing contact
 * and the opt-outs in force. Nothing for anyone else. Each part of the module may be absent (a
 * service stopped, a part not deployed): the section shows what is there, null or empty for the rest.
 * The view has the customer with their manager already, so the rule is applied on it, without
 * reading the assignment again.
 */
@Component
@ServiceRanking(170)
public final class MarketingSection implements CustomerViewSection {

    /** The risk profile as the view shows it. */
    public record Risk(RiskTolerance tolerance, LocalDate validUntil, boolean expired) {
    }

    /** The current plan as the view shows it. */
    public record Plan(long id, long number, int version, PlanStatus status, BigDecimal total) {
    }

    /** An open opportunity as the view shows it. */
    public record Open(long id, String productCode, OpportunityStage stage, BigDecimal expectedAmount, String manager) {
    }

    /** An opt-out in force: a channel (null: all) of a campaign (null: all). */
    public record InForce(Channel channel, Long campaignId) {
    }

    /** The last marketing contact as the view shows it. */
    public record LastContact(long campaignId, String staff, Channel channel, ContactOutcome outcome, String productCode, Instant at) {
    }

    /** What the section shows. */
    public record Content(Risk risk, Plan plan, List<Open> openOpportunities, List<CampaignStats.ActiveCampaign> activeCampaigns,
            LastContact lastContact, List<InForce> optOuts) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(MarketingSection.class);

    // each part's service is optional and dynamic: a part that is stopped leaves its field empty
    /** The risk profile, read without a second look-up of the customer (see {@link #contribute}). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile RiskProfilesService risk;
    /** While the plans part runs, its stores are read directly (see {@link #contribute}). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile FinancialPlans plans;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Opportunities opportunities;
    /** Campaigns, contacts and opt-outs, read without a second look-up of the customer (see {@link #contribute}). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile CampaignStats campaigns;

    private final TransactionControl tx;
    private final PlanStore planStore;
    private final OpportunityStore opportunityStore;

    @Activate
    public MarketingSection(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.marketing)") JPAEntityManagerProvider provider) {
        this.tx = tx;
        EntityManager em = provider.getResource(tx);
        this.planStore = new PlanStore(em);
        this.opportunityStore = new OpportunityStore(em);
    }

    @Override
    public String id() {
        return "marketing";
    }

    @Override
    public String title() {
        return "Contact marketing: risk profile, plan, opportunities, campaigns and opt-outs";
    }

    @Override
    public Optional<Object> contribute(ViewContext context) {
        Customer customer = context.customer();
        Caller caller = context.caller();
        if (!works(caller, customer.manager())) {
            return Optional.empty();
        }
        try {
            // one scope for every part's read: one entity manager and connection instead of one each
            return Optional.of(tx.supports(() -> content(customer.id(), caller)));
        } catch (ScopedWorkException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private Content content(String id, Caller caller) {
        // the module's own reads, without a caller check or an audit entry of their own: the view has
        // checked the caller's role and audited the read of the customer, the rule above is the one
        // the services apply, and a look-up of the assignment and an audit entry per part would cost
        // the view several waits for the disk
        Risk r = read("risk profile", risk, s -> s.currentOf(id).map(a -> new Risk(a.tolerance(), a.validUntil(), a.expired()))
                .orElse(null), null);
        Plan p = read("plan", plans, s -> plan(planStore.current(id)), null);
        List<Open> open = read("opportunities", opportunities, s -> opportunityStore.activeOf(id).stream().map(MarketingSection::open).toList(),
                List.of());
        CampaignStats stats = campaigns;
        List<CampaignStats.ActiveCampaign> active = read("campaigns", stats, s -> s.activeCampaignsOf(id), List.of());
        LastContact last = read("last contact", stats, s -> s.lastContact(id).map(MarketingSection::last).orElse(null), null);
        List<InForce> out = read("opt-outs", stats, s -> s.optOuts(id).stream().map(o -> new InForce(o.channel(), o.campaignId())).toList(),
                List.of());
        return new Content(r, p, open, active, last, out);
    }

    /** The rule of {@link MarketingAccess#requireCustomer}, on the manager the view already has. */
    static boolean works(Caller caller, String manager) {
        if (!caller.hasAny(MarketingAccess.WORK.toArray(Role[]::new))) {
            return false;
        }
        return caller.has(Role.CENTER_HEAD) || manager == null || manager.equals(caller.username());
    }

    /** One part's read: absent, or failing, it leaves its field empty and the rest of the section shown. */
    private static <S, T> T read(String what, S service, Function<S, T> read, T absent) {
        if (service == null) {
            return absent;
        }
        try {
            return read.apply(service);
        } catch (RuntimeException e) {
            LOG.warn("The marketing section shows no {}: {}", what, e.toString());
            return absent;
        }
    }

    private static LastContact last(CampaignContact c) {
        return new LastContact(c.campaignId(), c.staff(), c.channel(), c.outcome(), c.productCode(), c.at());
    }

    private static Plan plan(PlanEntity p) {
        return p == null ? null : new Plan(p.id, p.number, p.version, p.status, p.total);
    }

    private static Open open(OpportunityEntity o) {
        return new Open(o.id, o.productCode, o.stage, o.expectedAmount, o.manager);
    }
}
