package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.marketing.api.Goal;
import org.branchdesk.marketing.api.GoalNeed;
import org.branchdesk.marketing.api.LifeStage;
import org.branchdesk.marketing.api.Needs;
import org.branchdesk.marketing.api.NeedsFiles;
import org.branchdesk.marketing.api.NeedsInput;
import org.branchdesk.marketing.impl.internal.jpa.NeedsEntity;
import org.branchdesk.marketing.impl.internal.jpa.ShelfStore;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.api.TextRules;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.ScopedWorkException;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * Customers' needs files, one per customer, for their manager and the centre head. Reads are
 * audited as {@code NEEDS}, changes as {@code NEEDS_CHANGED}.
 */
@Component(service = { NeedsFiles.class, NeedsFilesService.class })
public final class NeedsFilesService implements NeedsFiles {

    static final int NOTES_LENGTH = 2000;
    static final int MOST_HORIZON = 50;
    static final BigDecimal MOST_AMOUNT = ShelfRules.MOST_AMOUNT;

    private final TransactionControl tx;
    private final ShelfStore store;
    private final AssignmentService assignments;
    private final AuditLog audit;
    private final ModuleClock clock;

    @Activate
    public NeedsFilesService(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.marketing)") JPAEntityManagerProvider provider,
            @Reference AssignmentService assignments, @Reference AuditLog audit, @Reference ModuleClock clock) {
        this.tx = tx;
        this.store = new ShelfStore(provider.getResource(tx));
        this.assignments = assignments;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<Needs> needs(String customerId, Caller caller) {
        MarketingAccess.requireCustomer(caller, customerId, assignments);
        Optional<Needs> needs = needsOf(customerId);
        audit.record(caller, customerId, "NEEDS", needs.map(n -> n.goals().size() + " goals").orElse("none"));
        return needs;
    }

    /** The customer's needs file for the module's own services, which check their callers themselves; not audited. */
    Optional<Needs> needsOf(String customerId) {
        NeedsEntity e = tx.supports(() -> store.needs(customerId));
        return Optional.ofNullable(e).map(NeedsFilesService::needs);
    }

    @Override
    public Needs put(String customerId, NeedsInput input, Caller caller) {
        MarketingAccess.requireCustomer(caller, customerId, assignments);
        List<GoalNeed> goals = check(input);
        String notes = TextRules.check(new ArrayList<>(), "notes", input.notes(), false, NOTES_LENGTH, true);
        try {
            Needs written = tx.required(() -> {
                NeedsEntity e = store.needs(customerId);
                boolean created = e == null;
                if (created) {
                    e = new NeedsEntity();
                    e.customerId = customerId;
                }
                e.lifeStage = input.lifeStage().name();
                e.goals = goals.stream().map(g -> g.goal().name() + ":" + g.amount().toPlainString() + ":" + g.horizonYears())
                        .collect(Collectors.joining(";"));
                e.notes = notes;
                e.updatedBy = caller.username();
                e.updatedAt = clock.now().toEpochMilli();
                if (created) {
                    store.addNeeds(e);
                }
                return needs(e);
            });
            audit.record(caller, customerId, "NEEDS_CHANGED", written.lifeStage() + ", " + goals.size() + " goals");
            return written;
        } catch (ScopedWorkException e) {
            if (!(e.getCause() instanceof javax.persistence.PersistenceException)) {
                throw e;
            }
            // two first files of one customer at once: the primary key let one in
            throw new ConflictException("customerId", "the needs file was written at the same moment by someone else: read it and try again");
        }
    }

    /** The input's rules (NeedsInput): each error naming its field; the goals in the order given. */
    static List<GoalNeed> check(NeedsInput in) {
        if (in == null) {
            throw new InvalidInputException("lifeStage", "is required: the body is a needs file");
        }
        List<FieldError> errors = new ArrayList<>();
        if (in.lifeStage() == null) {
            errors.add(new FieldError("lifeStage", "is required: one of " + List.of(LifeStage.values())));
        }
        List<GoalNeed> goals = in.goals() == null ? List.of() : in.goals();
        Set<Goal> seen = EnumSet.noneOf(Goal.class);
        for (int i = 0; i < goals.size(); i++) {
            GoalNeed g = goals.get(i);
            String field = "goals[" + i + "]";
            if (g == null || g.goal() == null) {
                errors.add(new FieldError(field + ".goal", "is required: one of " + List.of(Goal.values())));
                continue;
            }
            if (!seen.add(g.goal())) {
                errors.add(new FieldError(field + ".goal", g.goal() + " is given twice: each goal at most once"));
            }
            if (g.amount() == null || g.amount().signum() <= 0 || g.amount().compareTo(MOST_AMOUNT) > 0
                    || g.amount().stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError(field + ".amount", "must be above 0 and at most " + MOST_AMOUNT.toPlainString() + " CNY, in fen at most"));
            }
            if (g.horizonYears() < 0 || g.horizonYears() > MOST_HORIZON) {
                errors.add(new FieldError(field + ".horizonYears", "must be from 0 (now) to " + MOST_HORIZON + " years"));
            }
        }
        TextRules.check(errors, "notes", in.notes(), false, NOTES_LENGTH, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return goals.stream().map(g -> new GoalNeed(g.goal(), g.amount().setScale(2), g.horizonYears())).toList();
    }

    static Needs needs(NeedsEntity e) {
        List<GoalNeed> goals = e.goals.isEmpty() ? List.of() : Arrays.stream(e.goals.split(";")).map(s -> s.split(":"))
                .map(p -> new GoalNeed(Goal.valueOf(p[0]), new BigDecimal(p[1]), Integer.parseInt(p[2]))).toList();
        return new Needs(e.customerId, LifeStage.valueOf(e.lifeStage), goals, e.notes, e.updatedBy, Instant.ofEpochMilli(e.updatedAt));
    }
}
