package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.CustomerViewSection;
import org.branchdesk.customer.api.ViewContext;
import org.branchdesk.marketing.api.OpportunityStage;
import org.branchdesk.marketing.api.ContactOutcome;
import org.branchdesk.marketing.api.PlanStatus;
import org.branchdesk.marketing.api.RiskTolerance;
import org.branchdesk.marketing.impl.internal.jpa.SectionQuery;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * "Contact marketing" in the unified view, for the staff who work the customer (their own manager,
 * the centre head, any customer manager for a customer without one): the risk tolerance and until
 * when it holds, the current plan, open opportunities, active campaigns, the last marketing contact
 * and the opt-outs in force. Nothing for anyone else. It runs on every view, so it reads all of it in
 * one statement ({@link SectionQuery}); the view has the customer with their manager already, so the
 * rule is applied on it, without reading the assignment again.
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

    private final TransactionControl tx;
    private final SectionQuery query;
    private final ModuleClock clock;

    @Activate
    public MarketingSection(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.marketing)") JPAEntityManagerProvider provider,
            @Reference ModuleClock clock) {
        this.tx = tx;
        this.query = new SectionQuery(provider.getResource(tx));
        this.clock = clock;
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
        if (!works(context.caller(), customer.manager())) {
            return Optional.empty();
        }
        // the module's own read, without a caller check or an audit entry of its own: the view has
        // checked the caller's role and audited the read of the customer, and the rule above is the
        // one the services apply. One statement on the transaction's connection (SectionQuery).
        List<SectionQuery.Row> rows = TxScopes.required(tx, () -> query.rows(customer.id()));
        return Optional.of(content(rows, clock.today()));
    }

    /** The section from the query's rows (ordered by kind, then id). */
    static Content content(List<SectionQuery.Row> rows, LocalDate today) {
        Risk risk = null;
        Plan plan = null;
        List<Open> open = new ArrayList<>();
        List<CampaignStats.ActiveCampaign> active = new ArrayList<>();
        LastContact last = null;
        List<InForce> out = new ArrayList<>();
        for (SectionQuery.Row r : rows) {
            switch (r.kind()) {
            case 'R' -> risk = new Risk(RiskTolerance.valueOf(r.s1()), r.day(), r.day().isBefore(today));
            case 'P' -> {
                // the newest plan number, then its newest version
                if (plan == null || r.n1() > plan.number() || (r.n1() == plan.number() && r.n2() > plan.version())) {
                    plan = new Plan(r.id(), r.n1(), r.n2().intValue(), PlanStatus.valueOf(r.s1()), r.amount());
                }
            }
            case 'O' -> open.add(0, new Open(r.id(), r.s3(), OpportunityStage.valueOf(r.s1()), r.amount(), r.s2()));
            case 'C' -> active.add(new CampaignStats.ActiveCampaign(r.id(), r.s1()));
            // several contacts at the same instant: the highest id, the last row
            case 'L' -> last = new LastContact(r.n1(), r.s2(), Channel.valueOf(r.s1()), ContactOutcome.valueOf(r.s4()), r.s3(),
                    Instant.ofEpochMilli(r.n2()));
            case 'X' -> out.add(new InForce(r.s1() == null ? null : Channel.valueOf(r.s1()), r.n1()));
            default -> throw new IllegalStateException("unknown row kind " + r.kind());
            }
        }
        return new Content(risk, plan, List.copyOf(open), List.copyOf(active), last, List.copyOf(out));
    }

    /** The rule of {@link MarketingAccess#requireCustomer}, on the manager the view already has. */
    static boolean works(Caller caller, String manager) {
        if (!caller.hasAny(MarketingAccess.WORK.toArray(Role[]::new))) {
            return false;
        }
        return caller.has(Role.CENTER_HEAD) || manager == null || manager.equals(caller.username());
    }
}
