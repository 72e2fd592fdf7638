package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.marketing.api.Opportunities;
import org.branchdesk.marketing.api.Opportunity;
import org.branchdesk.marketing.api.OpportunityInput;
import org.branchdesk.marketing.api.OpportunitySource;
import org.branchdesk.marketing.api.OpportunityStage;
import org.branchdesk.marketing.api.Suitability;
import org.branchdesk.marketing.impl.internal.OpportunitySources.Origin;
import org.branchdesk.marketing.impl.internal.jpa.OpportunityEntity;
import org.branchdesk.marketing.impl.internal.jpa.OpportunityStore;
import org.branchdesk.marketing.impl.internal.jpa.ReferralStore;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.api.TextRules;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * Opportunities: opened from a lobby lead, a referral, a campaign contact or by hand
 * ({@link OpportunitySources} finds the customer and the referrer), the product checked by
 * {@link Suitability} for the expected amount, worked by the customer's manager (or the caller, for a
 * customer without one). Stages move forward only, each by a conditional update; a win is checked
 * by suitability for the amount bought, and fixes the credit with the configured split
 * ({@value ReferralsConfigCheck#PID}). Audited: {@code OPPORTUNITY}, {@code OPPORTUNITY_OPENED},
 * {@code OPPORTUNITY_STAGE}.
 */
@Designate(ocd = ReferralsConfig.class)
@Component(service = { Opportunities.class, OpportunitiesService.class }, configurationPid = ReferralsConfigCheck.PID)
public final class OpportunitiesService implements Opportunities {

    private static final int LIST_MAX = 500;

    private final TransactionControl tx;
    private final OpportunityStore store;
    private final ReferralStore referrals;
    private final OpportunitySources sources;
    private final AssignmentService assignments;
    private final Suitability suitability;
    private final AuditLog audit;
    private final ModuleClock clock;
    private final CreditSplit split;

    @Activate
    public OpportunitiesService(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.marketing)") JPAEntityManagerProvider provider, @Reference OpportunitySources sources,
            @Reference AssignmentService assignments, @Reference Suitability suitability, @Reference AuditLog audit,
            @Reference ModuleClock clock, ReferralsConfig config) {
        this.split = ReferralsConfigCheck.require(config);
        this.tx = tx;
        javax.persistence.EntityManager em = provider.getResource(tx);
        this.store = new OpportunityStore(em);
        this.referrals = new ReferralStore(em);
        this.sources = sources;
        this.assignments = assignments;
        this.suitability = suitability;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Opportunity open(OpportunityInput input, Caller caller) {
        caller.require(MarketingAccess.WORK, "opportunities");
        OpportunityInput in = input == null ? new OpportunityInput(null, null, null, null, null, null) : input;
        List<FieldError> errors = new ArrayList<>();
        if (in.source() == null) {
            errors.add(new FieldError("source", "is required: one of " + java.util.Arrays.toString(OpportunitySource.values())));
        } else if (in.source() == OpportunitySource.MANUAL && in.sourceRef() != null) {
            errors.add(new FieldError("sourceRef", "an opportunity entered by hand has no source reference"));
        } else if (in.source() != OpportunitySource.MANUAL && in.sourceRef() == null) {
            errors.add(new FieldError("sourceRef", "is required for " + in.source() + ": the id of the " + in.source().name().toLowerCase(java.util.Locale.ROOT)
                    + (in.source() == OpportunitySource.CAMPAIGN ? " contact" : "")));
        }
        String customerId = TextRules.check(errors, "customerId", in.customerId(), in.source() == OpportunitySource.MANUAL, 32, false);
        String product = TextRules.check(errors, "productCode", in.productCode(), true, 32, false);
        BigDecimal expected = OfferAmounts.check(errors, "expectedAmount", in.expectedAmount(), false);
        String note = TextRules.check(errors, "note", in.note(), false, OpportunityEntity.NOTE_LENGTH, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Origin origin = sources.origin(in.source(), in.sourceRef(), caller);
        String cid = origin.customerId() != null ? origin.customerId() : customerId;
        if (customerId != null && !customerId.equals(cid)) {
            throw new InvalidInputException("customerId", "the " + in.source().name().toLowerCase(java.util.Locale.ROOT) + " " + in.sourceRef()
                    + " is of customer " + cid + ", not " + customerId);
        }
        String manager = MarketingAccess.requireCustomer(caller, cid, assignments);
        suitability.require(cid, product, expected, "productCode", caller);
        OpportunityEntity o = new OpportunityEntity();
        o.customerId = cid;
        o.productCode = product;
        o.expectedAmount = expected;
        o.stage = OpportunityStage.OPEN;
        o.source = in.source();
        o.sourceRef = in.sourceRef();
        o.manager = manager != null ? manager : caller.username();
        o.referrer = origin.referrer();
        o.note = note;
        o.createdBy = caller.username();
        o.createdAt = clock.now().toEpochMilli();
        try {
            TxScopes.required(tx, () -> {
                store.add(o); // the UNIQUE (source, ref) first: a second opening of the same lead stops here
                if (o.source == OpportunitySource.REFERRAL && !referrals.convert(o.sourceRef, o.id)) {
                    throw new ConflictException("sourceRef", "referral " + o.sourceRef + " is no longer open");
                }
                sources.consumed(o.source, o.sourceRef, caller); // the lead followed up, in the same scope
                return null;
            });
        } catch (RuntimeException e) {
            if (TxScopes.duplicateKey(e)) {
                throw new ConflictException("sourceRef", "the " + o.source.name().toLowerCase(java.util.Locale.ROOT) + " " + o.sourceRef
                        + " has opened an opportunity already");
            }
            throw e;
        }
        audit.record(caller, cid, "OPPORTUNITY_OPENED", "opportunity " + o.id + ": " + product + " from " + o.source
                + (o.sourceRef == null ? "" : " " + o.sourceRef));
        return toRecord(o);
    }

    @Override
    public Opportunity opportunity(long id, Caller caller) {
        OpportunityEntity o = worked(id, caller);
        audit.record(caller, o.customerId, "OPPORTUNITY", "opportunity " + id);
        return toRecord(o);
    }

    @Override
    public List<Opportunity> opportunities(String manager, OpportunityStage stage, Caller caller) {
        caller.require(MarketingAccess.WORK, "opportunities");
        String who = manager == null || manager.isBlank() ? null : manager.trim();
        if (who == null && !caller.has(Role.CENTER_HEAD)) {
            who = caller.username();
        }
        if (who != null) {
            MarketingAccess.requireManager(caller, who);
        }
        String m = who;
        List<Opportunity> list = TxScopes.supports(tx, () -> store.list(m, stage, LIST_MAX).stream().map(OpportunitiesService::toRecord).toList());
        audit.record(caller, null, "OPPORTUNITY", "opportunities of " + (m == null ? "every manager" : m) + (stage == null ? "" : ", " + stage)
                + ": " + list.size());
        return list;
    }

    @Override
    public List<Opportunity> openOf(String customerId, Caller caller) {
        MarketingAccess.requireCustomer(caller, customerId, assignments);
        List<Opportunity> list = TxScopes.supports(tx, () -> store.activeOf(customerId).stream().map(OpportunitiesService::toRecord).toList());
        audit.record(caller, customerId, "OPPORTUNITY", "open opportunities: " + list.size());
        return list;
    }

    @Override
    public Opportunity propose(long id, Caller caller) {
        OpportunityEntity o = worked(id, caller);
        return move(o, "a proposal", caller, () -> store.propose(id));
    }

    @Override
    public Opportunity win(long id, BigDecimal amount, Caller caller) {
        OpportunityEntity o = worked(id, caller);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal won = OfferAmounts.check(errors, "amount", amount, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireActive(o, "won");
        suitability.require(o.customerId, o.productCode, won, "productCode", caller);
        CreditSplit.Credits credits = split.of(won, o.referrer != null);
        long now = clock.now().toEpochMilli();
        return move(o, "won", caller, () -> store.win(id, won, credits.manager(), credits.referrer(), now));
    }

    @Override
    public Opportunity lose(long id, String reason, Caller caller) {
        OpportunityEntity o = worked(id, caller);
        List<FieldError> errors = new ArrayList<>();
        String why = TextRules.check(errors, "reason", reason, true, OpportunityEntity.REASON_LENGTH, false);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long now = clock.now().toEpochMilli();
        return move(o, "lost", caller, () -> store.lose(id, why, now));
    }

    /** The opportunity, for its manager, the centre head, or whoever now works its customer. */
    private OpportunityEntity worked(long id, Caller caller) {
        caller.require(MarketingAccess.WORK, "opportunities");
        OpportunityEntity o = TxScopes.supports(tx, () -> store.find(id));
        if (o == null) {
            throw new NotFoundException("opportunity", id);
        }
        if (!caller.has(Role.CENTER_HEAD) && !caller.username().equals(o.manager)) {
            MarketingAccess.requireCustomer(caller, o.customerId, assignments);
        }
        return o;
    }

    private static void requireActive(OpportunityEntity o, String what) {
        if (o.stage == OpportunityStage.WON || o.stage == OpportunityStage.LOST) {
            throw new ConflictException("stage", "opportunity " + o.id + " is " + o.stage + ": a closed opportunity is not " + what);
        }
    }

    private Opportunity move(OpportunityEntity o, String what, Caller caller, java.util.function.BooleanSupplier update) {
        if (what.equals("a proposal") && o.stage != OpportunityStage.OPEN) {
            throw new ConflictException("stage", "opportunity " + o.id + " is " + o.stage + ": only an OPEN one moves to PROPOSAL");
        }
        requireActive(o, what);
        OpportunityEntity after = TxScopes.required(tx, () -> {
            if (!update.getAsBoolean()) {
                throw new ConflictException("stage", "opportunity " + o.id + " moved on at the same moment: read it again");
            }
            return store.find(o.id);
        });
        audit.record(caller, o.customerId, "OPPORTUNITY_STAGE", "opportunity " + o.id + " " + after.stage
                + (after.wonAmount == null ? "" : " for " + after.wonAmount.toPlainString()));
        return toRecord(after);
    }

    static Opportunity toRecord(OpportunityEntity o) {
        return new Opportunity(o.id, o.customerId, o.productCode, o.expectedAmount, o.stage, o.source, o.sourceRef, o.manager, o.referrer,
                o.note, o.createdBy, Instant.ofEpochMilli(o.createdAt), o.closedAt == null ? null : Instant.ofEpochMilli(o.closedAt),
                o.wonAmount, o.lostReason);
    }
}
