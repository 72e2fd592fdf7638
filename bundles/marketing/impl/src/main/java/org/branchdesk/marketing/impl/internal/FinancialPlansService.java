package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.marketing.api.AllocationShare;
import org.branchdesk.marketing.api.FinancialPlan;
import org.branchdesk.marketing.api.FinancialPlans;
import org.branchdesk.marketing.api.GoalNeed;
import org.branchdesk.marketing.api.Needs;
import org.branchdesk.marketing.api.NeedsFiles;
import org.branchdesk.marketing.api.PlanInput;
import org.branchdesk.marketing.api.PlanLine;
import org.branchdesk.marketing.api.PlanStatus;
import org.branchdesk.marketing.api.RiskAssessment;
import org.branchdesk.marketing.api.RiskProfiles;
import org.branchdesk.marketing.api.RiskTolerance;
import org.branchdesk.marketing.api.Suitability;
import org.branchdesk.marketing.impl.internal.jpa.PlanEntity;
import org.branchdesk.marketing.impl.internal.jpa.PlanLineEntity;
import org.branchdesk.marketing.impl.internal.jpa.PlanStore;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * Financial plans (理财策划方案): drafted from the customer's needs file, every line checked by
 * {@link Suitability} before anything is written (and again when presented), versions that
 * supersede each other by a conditional update (two revisions of one version at once: one wins,
 * the other is a 409), and the customer's decision with who recorded it and when. Every read and
 * change is audited ({@code PLAN}, {@code PLAN_WRITTEN}, {@code PLAN_PRESENTED}, {@code PLAN_DECIDED}).
 */
@Component(service = { FinancialPlans.class, FinancialPlansService.class })
public final class FinancialPlansService implements FinancialPlans {

    static final int MAX_LINES = 50;

    private final TransactionControl tx;
    private final PlanStore store;
    private final AssignmentService assignments;
    private final NeedsFiles needsFiles;
    private final RiskProfiles risk;
    private final Suitability suitability;
    private final AuditLog audit;
    private final ModuleClock clock;

    @Activate
    public FinancialPlansService(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.marketing)") JPAEntityManagerProvider provider,
            @Reference AssignmentService assignments, @Reference NeedsFiles needsFiles, @Reference RiskProfiles risk,
            @Reference Suitability suitability, @Reference AuditLog audit, @Reference ModuleClock clock) {
        this.tx = tx;
        this.store = new PlanStore(provider.getResource(tx));
        this.assignments = assignments;
        this.needsFiles = needsFiles;
        this.risk = risk;
        this.suitability = suitability;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a plan input says once checked. */
    private record Checked(List<AllocationShare> allocation, List<PlanLine> lines, BigDecimal total, String note) {
    }

    @Override
    public FinancialPlan draft(String customerId, PlanInput input, Caller caller) {
        caller.require(MarketingAccess.WORK, "financial plans");
        String cid = customerId == null ? "" : customerId.trim();
        MarketingAccess.requireCustomer(caller, cid, assignments);
        Needs needs = needsFiles.needs(cid, caller).orElseThrow(() -> new ConflictException("needs",
                "customer " + cid + " has no needs file yet: record their needs and goals first"));
        List<GoalNeed> goals = needs.goals() == null ? List.of() : List.copyOf(needs.goals());
        Checked in = check(cid, input, goals, caller);
        PlanEntity written = write(() -> {
            PlanEntity p = newVersion(cid, store.nextNumber(cid), 1, goals, in, caller);
            store.add(p, lineEntities(in.lines()));
            return p;
        });
        audit.record(caller, cid, "PLAN_WRITTEN", "plan " + written.number + " version 1 drafted, " + in.lines().size() + " lines");
        return toRecord(written);
    }

    @Override
    public FinancialPlan revise(long planId, PlanInput input, Caller caller) {
        caller.require(MarketingAccess.WORK, "financial plans");
        PlanEntity old = existing(planId);
        MarketingAccess.requireCustomer(caller, old.customerId, assignments);
        requireStatus(old, "revised", PlanStatus.DRAFT, PlanStatus.PRESENTED);
        List<GoalNeed> goals = needsFiles.needs(old.customerId, caller).map(Needs::goals).map(List::copyOf)
                .orElseGet(() -> PlanCodec.goals(old.goals));
        Checked in = check(old.customerId, input, goals, caller);
        PlanEntity written = write(() -> {
            if (!store.move(old.id, EnumSet.of(PlanStatus.DRAFT, PlanStatus.PRESENTED), PlanStatus.SUPERSEDED)) {
                throw new ConflictException("status", "plan " + old.number + " version " + old.version
                        + " was revised or decided at the same moment: read the plan again");
            }
            PlanEntity p = newVersion(old.customerId, old.number, old.version + 1, goals, in, caller);
            store.add(p, lineEntities(in.lines()));
            store.supersededBy(old.id, p.id);
            return p;
        });
        audit.record(caller, old.customerId, "PLAN_WRITTEN", "plan " + written.number + " version " + written.version
                + " supersedes version " + old.version + ", " + in.lines().size() + " lines");
        return toRecord(written);
    }

    @Override
    public FinancialPlan present(long planId, Caller caller) {
        caller.require(MarketingAccess.WORK, "financial plans");
        PlanEntity p = existing(planId);
        MarketingAccess.requireCustomer(caller, p.customerId, assignments);
        requireStatus(p, "presented", PlanStatus.DRAFT);
        List<PlanLineEntity> lines = TxScopes.supports(tx, () -> store.lines(p.id));
        if (lines.isEmpty()) {
            throw new ConflictException("lines", "a plan is presented with at least one product line: revise it first");
        }
        for (PlanLineEntity l : lines) {
            // the shelf, the profile or the segment may have changed since the line was written
            suitability.require(p.customerId, l.productCode, l.amount, "lines[" + l.position + "].productCode", caller);
        }
        long now = clock.now().toEpochMilli();
        PlanEntity after = TxScopes.required(tx, () -> {
            if (!store.present(p.id, now)) {
                throw new ConflictException("status", "plan " + p.number + " version " + p.version + " is no longer a draft");
            }
            return store.find(p.id);
        });
        audit.record(caller, p.customerId, "PLAN_PRESENTED", "plan " + p.number + " version " + p.version);
        return toRecord(after);
    }

    @Override
    public FinancialPlan decide(long planId, boolean accepted, String note, Caller caller) {
        caller.require(MarketingAccess.WORK, "financial plans");
        PlanEntity p = existing(planId);
        MarketingAccess.requireCustomer(caller, p.customerId, assignments);
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String words = org.branchdesk.platform.api.TextRules.check(errors, "note", note, false, PlanEntity.DECISION_NOTE_LENGTH, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireStatus(p, "decided", PlanStatus.PRESENTED);
        PlanStatus decision = accepted ? PlanStatus.ACCEPTED : PlanStatus.DECLINED;
        long now = clock.now().toEpochMilli();
        PlanEntity after = TxScopes.required(tx, () -> {
            if (!store.decide(p.id, decision, now, caller.username(), words)) {
                throw new ConflictException("status", "plan " + p.number + " version " + p.version + " is no longer presented");
            }
            return store.find(p.id);
        });
        audit.record(caller, p.customerId, "PLAN_DECIDED", "plan " + p.number + " version " + p.version + " " + decision);
        return toRecord(after);
    }

    @Override
    public FinancialPlan plan(long planId, Caller caller) {
        caller.require(MarketingAccess.WORK, "financial plans");
        PlanEntity p = existing(planId);
        MarketingAccess.requireCustomer(caller, p.customerId, assignments);
        FinancialPlan plan = toRecord(p);
        audit.record(caller, p.customerId, "PLAN", "plan " + p.number + " version " + p.version);
        return plan;
    }

    @Override
    public Optional<FinancialPlan> current(String customerId, Caller caller) {
        caller.require(MarketingAccess.WORK, "financial plans");
        MarketingAccess.requireCustomer(caller, customerId, assignments);
        Optional<FinancialPlan> plan = Optional.ofNullable(TxScopes.supports(tx, () -> store.current(customerId))).map(this::toRecord);
        audit.record(caller, customerId, "PLAN", plan.map(p -> "current: plan " + p.number() + " version " + p.version()).orElse("current: none"));
        return plan;
    }

    @Override
    public List<FinancialPlan> history(String customerId, Caller caller) {
        caller.require(MarketingAccess.WORK, "financial plans");
        MarketingAccess.requireCustomer(caller, customerId, assignments);
        List<FinancialPlan> plans = TxScopes.supports(tx, () -> store.history(customerId).stream().map(this::toRecord).toList());
        audit.record(caller, customerId, "PLAN", "history: " + plans.size() + " versions");
        return plans;
    }

    /** The input checked, its lines through suitability, before anything is written. */
    private Checked check(String customerId, PlanInput input, List<GoalNeed> goals, Caller caller) {
        PlanInput in = input == null ? new PlanInput(null, null, null) : input;
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String note = org.branchdesk.platform.api.TextRules.check(errors, "note", in.note(), false, PlanEntity.NOTE_LENGTH, true);
        List<PlanLine> given = in.lines() == null ? List.of() : in.lines();
        if (given.size() > MAX_LINES) {
            errors.add(new InvalidInputException.FieldError("lines", "a plan has at most " + MAX_LINES + " lines"));
        }
        List<PlanLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < given.size() && i < MAX_LINES; i++) {
            PlanLine l = given.get(i);
            if (l == null) {
                errors.add(new InvalidInputException.FieldError("lines[" + i + "]", "is required"));
                continue;
            }
            String code = org.branchdesk.platform.api.TextRules.check(errors, "lines[" + i + "].productCode", l.productCode(), true, 32, false);
            BigDecimal amount = OfferAmounts.check(errors, "lines[" + i + "].amount", l.amount(), true);
            if (code != null && amount != null) {
                lines.add(new PlanLine(code, amount, l.goal()));
                total = total.add(amount);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<AllocationShare> allocation = in.allocation() == null ? PlanAllocation.recommend(goals, tolerance(customerId, caller))
                : PlanAllocation.checked(in.allocation());
        for (int i = 0; i < lines.size(); i++) {
            suitability.require(customerId, lines.get(i).productCode(), lines.get(i).amount(), "lines[" + i + "].productCode", caller);
        }
        return new Checked(allocation, lines, total, note);
    }

    /** The customer's valid tolerance, or null (no profile, or expired: the allocation is then C1's). */
    private RiskTolerance tolerance(String customerId, Caller caller) {
        return risk.current(customerId, caller).filter(a -> !a.expired()).map(RiskAssessment::tolerance).orElse(null);
    }

    private PlanEntity newVersion(String customerId, long number, int version, List<GoalNeed> goals, Checked in, Caller caller) {
        PlanEntity p = new PlanEntity();
        p.customerId = customerId;
        p.number = number;
        p.version = version;
        p.status = PlanStatus.DRAFT;
        p.goals = PlanCodec.goals(goals);
        p.allocation = PlanCodec.allocation(in.allocation());
        p.total = in.total();
        p.note = in.note();
        p.createdBy = caller.username();
        p.createdAt = clock.now().toEpochMilli();
        return p;
    }

    private static List<PlanLineEntity> lineEntities(List<PlanLine> lines) {
        List<PlanLineEntity> entities = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PlanLineEntity e = new PlanLineEntity();
            e.position = i;
            e.productCode = lines.get(i).productCode();
            e.amount = lines.get(i).amount();
            e.goal = lines.get(i).goal() == null ? null : lines.get(i).goal().name();
            entities.add(e);
        }
        return entities;
    }

    /** Writes a version; a version number taken at the same moment (the UNIQUE constraint) is a 409. */
    private PlanEntity write(java.util.concurrent.Callable<PlanEntity> work) {
        try {
            return TxScopes.required(tx, work);
        } catch (RuntimeException e) {
            if (TxScopes.duplicateKey(e)) {
                throw new ConflictException("status", "another version of the customer's plan was written at the same moment: read the plans again");
            }
            throw e;
        }
    }

    private PlanEntity existing(long planId) {
        PlanEntity p = TxScopes.supports(tx, () -> store.find(planId));
        if (p == null) {
            throw new NotFoundException("plan", planId);
        }
        return p;
    }

    private static void requireStatus(PlanEntity p, String what, PlanStatus... allowed) {
        for (PlanStatus s : allowed) {
            if (p.status == s) {
                return;
            }
        }
        throw new ConflictException("status", "plan " + p.number + " version " + p.version + " is " + p.status + ": only a plan "
                + java.util.Arrays.toString(allowed) + " can be " + what);
    }

    FinancialPlan toRecord(PlanEntity p) {
        List<PlanLine> lines = TxScopes.supports(tx, () -> store.lines(p.id)).stream()
                .map(l -> new PlanLine(l.productCode, l.amount, l.goal == null ? null : org.branchdesk.marketing.api.Goal.valueOf(l.goal)))
                .toList();
        return new FinancialPlan(p.id, p.customerId, p.number, p.version, p.status, PlanCodec.goals(p.goals), PlanCodec.allocation(p.allocation),
                lines, p.total, p.note, p.createdBy, java.time.Instant.ofEpochMilli(p.createdAt), instant(p.presentedAt),
                instant(p.decidedAt), p.decisionBy, p.decisionNote);
    }

    private static java.time.Instant instant(Long millis) {
        return millis == null ? null : java.time.Instant.ofEpochMilli(millis);
    }
}
