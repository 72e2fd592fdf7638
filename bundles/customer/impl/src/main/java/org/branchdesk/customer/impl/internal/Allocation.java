package org.branchdesk.customer.impl.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.AllocationHint;
import org.branchdesk.customer.api.AllocationRun;
import org.branchdesk.customer.api.AssignmentReason;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.impl.internal.AllocationRules.Candidate;
import org.branchdesk.customer.impl.internal.AllocationRules.Choice;
import org.branchdesk.customer.impl.internal.AllocationRules.Outcome;
import org.branchdesk.customer.impl.internal.jpa.AllocationRunEntity;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.customer.impl.internal.jpa.ManagerProfileEntity;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.Staff;
import org.branchdesk.platform.security.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One allocation run, set-based, in the caller's transaction: one query for the customers to
 * place, each hint asked once with all of them, the loads counted once, the rules decided in
 * memory ({@link AllocationRules}) and the assignments and the customers' managers written in
 * JDBC batches ({@link AssignmentStore#write}), with an {@code AllocationRun} row that says what it did.
 */
final class Allocation {

    private static final Logger LOG = LoggerFactory.getLogger(Allocation.class);

    /** Premium customers without a manager, the largest assets first: they get the room first. */
    private static final String CANDIDATES = "SELECT " + CustomerEntity.ID + ", " + CustomerEntity.SEGMENT + " FROM " + CustomerEntity.TABLE
            + " WHERE " + CustomerEntity.MANAGER + " IS NULL AND " + CustomerEntity.SEGMENT + " IN (" + AssignmentReads.PREMIUM_SQL
            + ") ORDER BY " + CustomerEntity.AVERAGE_ASSETS + " DESC, " + CustomerEntity.ID;
    /** A leaving manager's customers, whatever their segment. */
    private static final String HELD_BY = "SELECT " + CustomerEntity.ID + ", " + CustomerEntity.SEGMENT + " FROM " + CustomerEntity.TABLE
            + " WHERE " + CustomerEntity.MANAGER + " = ? ORDER BY " + CustomerEntity.AVERAGE_ASSETS + " DESC, " + CustomerEntity.ID;

    /** What a run wrote: the run, and the moves (for the events of a departure). */
    record Result(AllocationRun run, List<AssignmentStore.Move> moves) {
    }

    private final EntityManager em;
    private final StaffDirectory staff;
    private final AssignmentStore store;
    private final ManagerProfiles profiles;
    private final AllocationRules rules;
    private final Supplier<List<AllocationHint>> hints;

    Allocation(EntityManager em, StaffDirectory staff, AssignmentStore store, ManagerProfiles profiles, AllocationRules rules,
            Supplier<List<AllocationHint>> hints) {
        this.em = em;
        this.staff = staff;
        this.store = store;
        this.profiles = profiles;
        this.rules = rules;
        this.hints = hints;
    }

    /** Places every premium customer without a manager; those no eligible manager can take stay unassigned. */
    Result unassigned(Connection db, String trigger, String startedBy, long now) throws SQLException {
        List<Candidate> candidates = candidates(db, CANDIDATES, null);
        return run(db, candidates, trigger, startedBy, null, now);
    }

    /**
     * Places every customer of a leaving manager by the rules, the leaver left out; if any cannot be
     * placed the whole departure is refused (409, field {@code successor}) and nothing is written.
     */
    Result departure(Connection db, String leaver, String startedBy, long now) throws SQLException {
        List<Candidate> candidates = candidates(db, HELD_BY, leaver);
        return run(db, candidates, "MANAGER_LEFT", startedBy, leaver, now);
    }

    private Result run(Connection db, List<Candidate> candidates, String trigger, String startedBy, String leaver, long now)
            throws SQLException {
        Outcome outcome = rules.decide(candidates, hintsFor(candidates), managers(db, leaver));
        if (leaver != null && !outcome.unassigned().isEmpty()) {
            throw new ConflictException("successor", outcome.unassigned().size() + " of " + leaver + "'s " + candidates.size()
                    + " customers can be taken by no eligible manager (level and capacity): name a successor instead of the rules");
        }
        AllocationRunEntity run = new AllocationRunEntity();
        run.atMillis = now;
        run.trigger = trigger;
        run.startedBy = startedBy;
        run.byManager = "";
        run.byRule = "";
        em.persist(run);
        em.flush();
        AssignmentReason reason = leaver == null ? AssignmentReason.ALLOCATION : AssignmentReason.MANAGER_LEFT;
        List<AssignmentStore.Move> moves = outcome.choices().stream()
                .map(c -> new AssignmentStore.Move(c.customerId(), c.manager(), leaver, reason, c.rule())).toList();
        List<AssignmentStore.Move> written = store.write(db, moves, now, startedBy, run.id, leaver != null);
        Map<String, Integer> byManager = new TreeMap<>();
        Map<String, Integer> byRule = new TreeMap<>();
        for (AssignmentStore.Move m : written) {
            byManager.merge(m.manager(), 1, Integer::sum);
            byRule.merge(m.rule(), 1, Integer::sum);
        }
        run.allocated = written.size();
        run.unassigned = candidates.size() - written.size();
        run.byManager = AssignmentReads.joined(byManager);
        run.byRule = AssignmentReads.joined(byRule);
        em.flush();
        if (!outcome.choices().isEmpty() || LOG.isDebugEnabled()) {
            LOG.info("Allocation run {} ({}): {} customers given a manager, {} left without one", run.id, trigger, run.allocated,
                    run.unassigned);
        }
        return new Result(AssignmentReads.toRecord(run), written);
    }

    /** The active customer managers (the leaver left out) with their level, capacity and current number of customers. */
    private List<AllocationRules.Manager> managers(Connection db, String leaver) throws SQLException {
        Map<String, ManagerProfiles.Load> loads = ManagerProfiles.loads(db);
        Map<String, ManagerProfileEntity> given = profiles.profiles();
        List<AllocationRules.Manager> managers = new ArrayList<>();
        for (Staff s : staff.withRole(Role.CUSTOMER_MANAGER)) {
            if (!s.username().equals(leaver)) {
                ManagerProfileEntity p = given.get(s.username());
                managers.add(new AllocationRules.Manager(s.username(), profiles.levelOf(p), profiles.capacityOf(p),
                        loads.getOrDefault(s.username(), ManagerProfiles.Load.NONE).customers()));
            }
        }
        return managers;
    }

    /** Each hint the order names, asked once with every customer; one that fails is passed over. */
    private Map<String, Map<String, String>> hintsFor(List<Candidate> candidates) {
        Map<String, Map<String, String>> byRule = new HashMap<>();
        if (candidates.isEmpty()) {
            return byRule;
        }
        List<AllocationHint> registered = hints.get();
        Collection<String> ids = null;
        for (AllocationHint hint : registered == null ? List.<AllocationHint>of() : registered) {
            String rule;
            try {
                rule = hint.rule();
                if (!rules.order().contains(rule) || byRule.containsKey(rule)) {
                    continue;
                }
                if (ids == null) {
                    ids = java.util.Collections.unmodifiableList(candidates.stream().map(Candidate::customerId).toList());
                }
                Map<String, String> suggested = hint.preferredManagers(ids);
                byRule.put(rule, suggested == null ? Map.of() : Map.copyOf(suggested));
            } catch (RuntimeException e) {
                LOG.warn("The allocation hint {} failed and is passed over in this run", hint.getClass().getName(), e);
            }
        }
        return byRule;
    }

    private static List<Candidate> candidates(Connection db, String sql, String manager) throws SQLException {
        List<Candidate> candidates = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            if (manager != null) {
                q.setString(1, manager);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String segment = rs.getString(2);
                    candidates.add(new Candidate(rs.getString(1), segment == null ? null : Segment.valueOf(segment)));
                }
            }
        }
        return candidates;
    }

    static Set<String> customers(List<AssignmentStore.Move> moves) {
        return moves.stream().map(AssignmentStore.Move::customerId).collect(Collectors.toSet());
    }
}
