package org.branchdesk.customer.impl.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.AssignmentReason;
import org.branchdesk.customer.impl.internal.jpa.AssignmentEntity;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.persistence.RowLoader;

/**
 * Writes assignments, in the caller's transaction, and keeps {@code BD_CUSTOMER.MANAGER} (the
 * customer's current manager, denormalised for reads and masking) the same as the open one.
 * Every write locks the customer's row first, so that two decisions about one customer are taken
 * one after the other, and closes the open assignment with a conditional update; the unique
 * constraint on the open customer is the last line of defence. Times are the server's clock: a
 * new assignment begins at the instant the one it replaces ends.
 */
final class AssignmentStore {

    /** A change of manager to write: the manager it replaces (null for a first manager), and why. */
    record Move(String customerId, String manager, String previousManager, AssignmentReason reason, String rule) {
    }

    /** A new assignment's columns, in the order of {@link #row}. */
    private static final List<String> COLUMNS = List.of(AssignmentEntity.CUSTOMER_ID, AssignmentEntity.MANAGER,
            AssignmentEntity.PREVIOUS_MANAGER, AssignmentEntity.FROM_MILLIS, AssignmentEntity.REASON, AssignmentEntity.RULE,
            AssignmentEntity.DECIDED_BY, AssignmentEntity.RUN_ID, AssignmentEntity.OPEN_CUSTOMER);
    /** The customer's manager, set only if it is still the one the move replaces. */
    private static final String SET_MANAGER = "UPDATE " + CustomerEntity.TABLE + " SET " + CustomerEntity.MANAGER + " = ? WHERE "
            + CustomerEntity.ID + " = ? AND " + CustomerEntity.MANAGER + " = ?";
    private static final String SET_FIRST_MANAGER = "UPDATE " + CustomerEntity.TABLE + " SET " + CustomerEntity.MANAGER + " = ? WHERE "
            + CustomerEntity.ID + " = ? AND " + CustomerEntity.MANAGER + " IS NULL";
    private static final String CLOSE_OPEN = "UPDATE " + AssignmentEntity.TABLE + " SET " + AssignmentEntity.TO_MILLIS + " = ?, "
            + AssignmentEntity.OPEN_CUSTOMER + " = NULL WHERE " + AssignmentEntity.OPEN_CUSTOMER + " = ?";
    private static final String OPEN_BY_CUSTOMER = Sql.select(AssignmentEntity.TABLE,
            List.of(AssignmentEntity.OPEN_CUSTOMER, AssignmentEntity.ID), AssignmentEntity.OPEN_CUSTOMER);
    private static final String ALL_OPEN = Sql.select(AssignmentEntity.TABLE, List.of(AssignmentEntity.OPEN_CUSTOMER, AssignmentEntity.ID))
            + " WHERE " + AssignmentEntity.OPEN_CUSTOMER + " IS NOT NULL";

    private final EntityManager em;
    private final RowLoader rowLoader;

    AssignmentStore(EntityManager em, RowLoader rowLoader) {
        this.em = em;
        this.rowLoader = rowLoader;
    }

    /**
     * Gives one customer a manager, ending the open assignment {@code replaces} at the same instant:
     * 409 (field {@code replaces}) if it is not the open one (or there is one and none is named).
     */
    Assignment assign(String customerId, String manager, Long replaces, AssignmentReason reason, String rule, String decidedBy,
            long now) {
        // the customer's row first: decisions about one customer queue here, in any number of runtimes
        int locked = em.createQuery("UPDATE CustomerEntity c SET c.manager = :m WHERE c.id = :id").setParameter("m", manager)
                .setParameter("id", customerId).executeUpdate();
        if (locked == 0) {
            throw new org.branchdesk.platform.api.NotFoundException("customer", customerId);
        }
        AssignmentEntity open = open(customerId);
        long at = open == null ? now : Math.max(now, open.fromMillis); // another runtime's clock a little ahead never makes a period negative
        if (open == null && replaces != null) {
            throw new ConflictException("replaces", "customer " + customerId + " has no open assignment (" + replaces
                    + " has ended); send the request without replaces");
        }
        if (open != null && (replaces == null || open.id != replaces)) {
            throw new ConflictException("replaces", "customer " + customerId + "'s open assignment is " + open.id + " (to "
                    + open.manager + "), not " + (replaces == null ? "none" : replaces) + ": read it again and name it in replaces");
        }
        if (open != null && open.manager.equals(manager)) {
            throw new ConflictException("manager", manager + " is already customer " + customerId + "'s manager");
        }
        AssignmentReason why = reason != null ? reason : open == null ? AssignmentReason.ALLOCATION : AssignmentReason.HANDOVER;
        if (open != null) {
            int closed = em.createQuery("UPDATE AssignmentEntity a SET a.toMillis = :now, a.openCustomer = NULL "
                    + "WHERE a.id = :id AND a.toMillis IS NULL").setParameter("now", at).setParameter("id", open.id).executeUpdate();
            if (closed == 0) {
                throw new ConflictException("replaces", "assignment " + open.id + " was ended at the same moment: read it again");
            }
        }
        AssignmentEntity a = new AssignmentEntity();
        a.customerId = customerId;
        a.manager = manager;
        a.previousManager = open == null ? null : open.manager;
        a.fromMillis = at;
        a.reason = why;
        a.rule = rule;
        a.decidedBy = decidedBy;
        a.openCustomer = customerId;
        em.persist(a);
        em.flush(); // a lost race fails the unique constraint here
        return toRecord(a);
    }

    private static final String MANAGED = "SELECT COUNT(*) FROM " + CustomerEntity.TABLE + " WHERE " + CustomerEntity.MANAGER + " IS NOT NULL";
    private static final String OPEN_COUNT = "SELECT COUNT(" + AssignmentEntity.OPEN_CUSTOMER + ") FROM " + AssignmentEntity.TABLE;
    private static final String ADOPT = "INSERT INTO " + AssignmentEntity.TABLE + " (" + String.join(", ", List.of(AssignmentEntity.CUSTOMER_ID,
            AssignmentEntity.MANAGER, AssignmentEntity.FROM_MILLIS, AssignmentEntity.REASON, AssignmentEntity.RULE, AssignmentEntity.DECIDED_BY,
            AssignmentEntity.OPEN_CUSTOMER)) + ") SELECT c." + CustomerEntity.ID + ", c." + CustomerEntity.MANAGER + ", ?, 'ALLOCATION', '"
            + CustomerLoad.IMPORT + "', '(upgrade)', c." + CustomerEntity.ID + " FROM " + CustomerEntity.TABLE + " c WHERE c."
            + CustomerEntity.MANAGER + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + AssignmentEntity.TABLE + " a WHERE a."
            + AssignmentEntity.OPEN_CUSTOMER + " = c." + CustomerEntity.ID + ")";

    /**
     * A database from before assignments were kept has managers in {@code BD_CUSTOMER} only: each
     * such customer gets an open assignment from now (rule {@value CustomerLoad#IMPORT}, decided by
     * {@code (upgrade)}). Two counts tell whether there is anything to do, so a start costs little.
     *
     * @return how many were given one
     */
    int adoptManagersWithoutAssignment(Connection db, long now) throws SQLException {
        long managed = count(db, MANAGED);
        if (managed == 0 || managed == count(db, OPEN_COUNT)) {
            return 0;
        }
        try (PreparedStatement adopt = db.prepareStatement(ADOPT)) {
            adopt.setLong(1, now);
            return adopt.executeUpdate();
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql); java.sql.ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The customer's open assignment, or null. */
    AssignmentEntity open(String customerId) {
        return em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.openCustomer = :c", AssignmentEntity.class)
                .setParameter("c", customerId).getResultList().stream().findFirst().orElse(null);
    }

    /**
     * Writes many moves at one instant in JDBC batches on the transaction's connection: each
     * customer's manager is set only if it is still the move's previous manager; the moves whose
     * customer changed meanwhile are left out and returned, unless {@code strict}, when they fail
     * the whole write (409).
     *
     * @return the moves written
     */
    List<Move> write(Connection db, List<Move> moves, long now, String decidedBy, Long runId, boolean strict) throws SQLException {
        List<Move> written = new ArrayList<>(moves.size());
        try (PreparedStatement first = db.prepareStatement(SET_FIRST_MANAGER); PreparedStatement change = db.prepareStatement(SET_MANAGER)) {
            List<Move> firsts = new ArrayList<>();
            List<Move> changes = new ArrayList<>();
            for (Move m : moves) {
                (m.previousManager() == null ? firsts : changes).add(m);
            }
            setManagers(first, firsts, false, written, strict);
            setManagers(change, changes, true, written, strict);
        }
        closeOpen(db, written, now);
        insert(db, written.iterator(), now, decidedBy, runId);
        return written;
    }

    /**
     * Records the changes of manager of a customers file whose rows already carry the new managers:
     * the open assignments of the changed customers end, the new ones begin, at one instant.
     */
    void imported(Connection db, List<Move> moves, long now, String decidedBy) throws SQLException {
        closeOpen(db, moves, now);
        insert(db, moves.iterator(), now, decidedBy, null);
    }

    private static void closeOpen(Connection db, List<Move> moves, long now) throws SQLException {
        try (PreparedStatement close = db.prepareStatement(CLOSE_OPEN)) {
            int pending = 0;
            for (Move m : moves) {
                if (m.previousManager() != null) {
                    close.setLong(1, now);
                    close.setString(2, m.customerId());
                    pending = Jdbc.addBatch(close, pending);
                }
            }
            close.executeBatch();
        }
    }

    /** Writes the first assignments of customers just loaded (a first load: no open assignment to close). */
    long insert(Connection db, Iterator<Move> moves, long now, String decidedBy, Long runId) throws SQLException {
        return rowLoader.insert(db, AssignmentEntity.TABLE, COLUMNS, new Iterator<>() {
            @Override
            public boolean hasNext() {
                return moves.hasNext();
            }

            @Override
            public Object[] next() {
                return row(moves.next(), now, decidedBy, runId);
            }
        });
    }

    /** The open assignments' numbers of these customers. */
    static Map<String, Long> openIds(Connection db, Set<String> customers) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        Jdbc.lookUp(db, customers, OPEN_BY_CUSTOMER, ALL_OPEN, rs -> {
            if (customers.contains(rs.getString(1))) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        });
        return ids;
    }

    private static void setManagers(PreparedStatement update, List<Move> moves, boolean change, List<Move> written, boolean strict)
            throws SQLException {
        for (int from = 0; from < moves.size(); from += 1000) {
            List<Move> batch = moves.subList(from, Math.min(moves.size(), from + 1000));
            for (Move m : batch) {
                update.setString(1, m.manager());
                update.setString(2, m.customerId());
                if (change) {
                    update.setString(3, m.previousManager());
                }
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < batch.size(); i++) {
                // SUCCESS_NO_INFO (-2) is a row written by a driver that does not count
                if (counts[i] != 0) {
                    written.add(batch.get(i));
                } else if (strict) {
                    throw new ConflictException("successor", "customer " + batch.get(i).customerId()
                            + " changed manager at the same moment: send the request again");
                }
            }
        }
    }

    private static Object[] row(Move m, long now, String decidedBy, Long runId) {
        return new Object[] { m.customerId(), m.manager(), m.previousManager(), now, m.reason().name(), m.rule(), decidedBy, runId,
                m.customerId() };
    }

    static Assignment toRecord(AssignmentEntity a) {
        return new Assignment(a.id, a.customerId, a.manager, a.previousManager, Instant.ofEpochMilli(a.fromMillis),
                a.toMillis == null ? null : Instant.ofEpochMilli(a.toMillis), a.reason, a.rule, a.decidedBy, a.runId);
    }
}
