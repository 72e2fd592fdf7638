package org.branchdesk.marketing.impl.internal.jpa;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.TargetCustomer;

/**
 * Every query of the campaign tables, next to the entities: JPA for single rows, SQL on the
 * transaction's own connection for what is set-based (the target list, the funnel). Callers run
 * these in their own transaction; nothing here decides who may do what.
 */
public final class CampaignStore {

    /** Rows sent to the database at once when a target list is frozen. */
    private static final int BATCH = 1000;

    private static final String INSERT_TARGET = "INSERT INTO " + TargetEntity.TABLE + " (" + TargetEntity.CAMPAIGN_ID + ", "
            + TargetEntity.CUSTOMER_ID + ", " + TargetEntity.MANAGER + ", " + TargetEntity.SEGMENT + ") VALUES (?, ?, ?, ?)";
    /** Each target with the number of its contacts and the furthest outcome (rank) they reached. */
    private static final String TARGETS = "SELECT t." + TargetEntity.CUSTOMER_ID + ", t." + TargetEntity.MANAGER + ", t." + TargetEntity.SEGMENT
            + ", (SELECT COUNT(*) FROM " + ContactEntity.TABLE + " k WHERE k." + ContactEntity.CAMPAIGN_ID + " = t." + TargetEntity.CAMPAIGN_ID
            + " AND k." + ContactEntity.CUSTOMER_ID + " = t." + TargetEntity.CUSTOMER_ID + ")"
            + ", (SELECT MAX(k." + ContactEntity.RANK + ") FROM " + ContactEntity.TABLE + " k WHERE k." + ContactEntity.CAMPAIGN_ID + " = t."
            + TargetEntity.CAMPAIGN_ID + " AND k." + ContactEntity.CUSTOMER_ID + " = t." + TargetEntity.CUSTOMER_ID + ")"
            + " FROM " + TargetEntity.TABLE + " t WHERE t." + TargetEntity.CAMPAIGN_ID + " = ?";
    private static final String FUNNEL = "SELECT t." + TargetEntity.MANAGER + ", COUNT(*), SUM(CASE WHEN x.n > 0 THEN 1 ELSE 0 END)"
            + ", SUM(CASE WHEN x.best >= 1 THEN 1 ELSE 0 END), SUM(CASE WHEN x.best >= 2 THEN 1 ELSE 0 END)"
            + ", SUM(CASE WHEN x.best >= 3 THEN 1 ELSE 0 END), SUM(CASE WHEN x.best >= 4 THEN 1 ELSE 0 END), SUM(x.amount)"
            + " FROM " + TargetEntity.TABLE + " t LEFT JOIN (SELECT " + ContactEntity.CUSTOMER_ID + " AS cid, COUNT(*) AS n, MAX("
            + ContactEntity.RANK + ") AS best, SUM(" + ContactEntity.AMOUNT + ") AS amount FROM " + ContactEntity.TABLE + " WHERE "
            + ContactEntity.CAMPAIGN_ID + " = ? GROUP BY " + ContactEntity.CUSTOMER_ID + ") x ON x.cid = t." + TargetEntity.CUSTOMER_ID
            + " WHERE t." + TargetEntity.CAMPAIGN_ID + " = ? GROUP BY t." + TargetEntity.MANAGER;
    private static final String BY_MANAGER = "SELECT " + ContactEntity.MANAGER + ", COUNT(*), COUNT(DISTINCT " + ContactEntity.CUSTOMER_ID
            + "), SUM(" + ContactEntity.AMOUNT + ") FROM " + ContactEntity.TABLE + " WHERE " + ContactEntity.AT + " >= ? AND " + ContactEntity.AT
            + " < ? GROUP BY " + ContactEntity.MANAGER;
    private static final String BOUGHT_BY_MANAGER = "SELECT " + ContactEntity.MANAGER + ", COUNT(DISTINCT " + ContactEntity.CUSTOMER_ID + ") FROM "
            + ContactEntity.TABLE + " WHERE " + ContactEntity.AT + " >= ? AND " + ContactEntity.AT + " < ? AND " + ContactEntity.OUTCOME
            + " = 'BOUGHT' GROUP BY " + ContactEntity.MANAGER;
    private static final String LOCK_GUARD = "UPDATE " + ContactGuardEntity.TABLE + " SET " + ContactGuardEntity.CONTACTS + " = "
            + ContactGuardEntity.CONTACTS + " + 1 WHERE " + ContactGuardEntity.CUSTOMER_ID + " = ?";
    private static final String NEW_GUARD = "INSERT INTO " + ContactGuardEntity.TABLE + " (" + ContactGuardEntity.CUSTOMER_ID + ", "
            + ContactGuardEntity.CONTACTS + ") VALUES (?, 1)";

    private final EntityManager em;

    public CampaignStore(EntityManager em) {
        this.em = em;
    }

    /** The transaction's own JDBC connection, so that SQL and JPA work commit or roll back together. */
    public Connection connection() {
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("no JDBC connection in this transaction");
        }
        return c;
    }

    public CampaignEntity find(long id) {
        return em.find(CampaignEntity.class, id);
    }

    /** Reads the row again from the database (after a conditional update changed it). */
    public CampaignEntity reload(long id) {
        CampaignEntity c = em.find(CampaignEntity.class, id);
        if (c != null) {
            em.refresh(c);
        }
        return c;
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    /** Campaigns of a status (null: all), newest first; of a manager's (those they have targets in) if {@code manager} is given. */
    public List<CampaignEntity> campaigns(String status, String manager, int max) {
        String jpql = "SELECT c FROM CampaignEntity c WHERE 1 = 1" + (status == null ? "" : " AND c.status = :s")
                + (manager == null ? "" : " AND EXISTS (SELECT t FROM TargetEntity t WHERE t.campaignId = c.id AND t.manager = :m)")
                + " ORDER BY c.id DESC";
        var q = em.createQuery(jpql, CampaignEntity.class);
        if (status != null) {
            q.setParameter("s", status);
        }
        if (manager != null) {
            q.setParameter("m", manager);
        }
        return q.setMaxResults(max).getResultList();
    }

    /** Draft campaigns whose launch time has come. */
    public List<Long> due(long now) {
        return em.createQuery("SELECT c.id FROM CampaignEntity c WHERE c.status = 'DRAFT' AND c.launchAt IS NOT NULL AND c.launchAt <= :now"
                + " ORDER BY c.id", Long.class).setParameter("now", now).getResultList();
    }

    /** DRAFT → LAUNCHED if it still is a draft: true for the one transaction whose update changed the row. */
    public boolean launch(long id, long now, String by) throws SQLException {
        try (PreparedStatement u = connection().prepareStatement("UPDATE " + CampaignEntity.TABLE + " SET " + CampaignEntity.STATUS
                + " = 'LAUNCHED', " + CampaignEntity.LAUNCHED_AT + " = ?, " + CampaignEntity.LAUNCHED_BY + " = ? WHERE " + CampaignEntity.ID
                + " = ? AND " + CampaignEntity.STATUS + " = 'DRAFT'")) {
            u.setLong(1, now);
            u.setString(2, by);
            u.setLong(3, id);
            return u.executeUpdate() == 1;
        }
    }

    /** Locks a draft's row for the rest of the transaction: false if it is no longer a draft. */
    public boolean lockDraft(long id) throws SQLException {
        try (PreparedStatement u = connection().prepareStatement("UPDATE " + CampaignEntity.TABLE + " SET " + CampaignEntity.STATUS + " = "
                + CampaignEntity.STATUS + " WHERE " + CampaignEntity.ID + " = ? AND " + CampaignEntity.STATUS + " = 'DRAFT'")) {
            u.setLong(1, id);
            return u.executeUpdate() == 1;
        }
    }

    /** Whether the manager owned any of the campaign's targets at launch. */
    public boolean hasTargetsOf(long campaignId, String manager) {
        return !em.createQuery("SELECT t.customerId FROM TargetEntity t WHERE t.campaignId = :id AND t.manager = :m", String.class)
                .setParameter("id", campaignId).setParameter("m", manager).setMaxResults(1).getResultList().isEmpty();
    }

    public void setTargets(long id, int targets) throws SQLException {
        try (PreparedStatement u = connection().prepareStatement("UPDATE " + CampaignEntity.TABLE + " SET " + CampaignEntity.TARGETS
                + " = ? WHERE " + CampaignEntity.ID + " = ?")) {
            u.setInt(1, targets);
            u.setLong(2, id);
            u.executeUpdate();
        }
    }

    /** LAUNCHED → CLOSED if it still is launched. */
    public boolean close(long id, long now) throws SQLException {
        try (PreparedStatement u = connection().prepareStatement("UPDATE " + CampaignEntity.TABLE + " SET " + CampaignEntity.STATUS
                + " = 'CLOSED', " + CampaignEntity.CLOSED_AT + " = ? WHERE " + CampaignEntity.ID + " = ? AND " + CampaignEntity.STATUS
                + " = 'LAUNCHED'")) {
            u.setLong(1, now);
            u.setLong(2, id);
            return u.executeUpdate() == 1;
        }
    }

    /** Writes the frozen target list in JDBC batches; a customer twice fails on the key. */
    public int insertTargets(long campaignId, List<TargetCustomer> targets) throws SQLException {
        try (PreparedStatement s = connection().prepareStatement(INSERT_TARGET)) {
            int pending = 0;
            for (TargetCustomer t : targets) {
                s.setLong(1, campaignId);
                s.setString(2, t.customerId());
                s.setString(3, t.manager());
                s.setString(4, t.segment() == null ? null : t.segment().name());
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
        return targets.size();
    }

    public TargetEntity target(long campaignId, String customerId) {
        return em.find(TargetEntity.class, new TargetEntity.Key(campaignId, customerId));
    }

    /** A target row as read: number of contacts and furthest rank (null before the first). */
    public record TargetRow(String customerId, String manager, String segment, int contacts, Integer best) {
    }

    /** Targets by customer number, of one manager (null: all). */
    public List<TargetRow> targets(long campaignId, String manager, int offset, int limit) throws SQLException {
        String sql = TARGETS + (manager == null ? "" : " AND t." + TargetEntity.MANAGER + " = ?") + " ORDER BY t." + TargetEntity.CUSTOMER_ID
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        List<TargetRow> rows = new ArrayList<>();
        try (PreparedStatement q = connection().prepareStatement(sql)) {
            int i = 1;
            q.setLong(i++, campaignId);
            if (manager != null) {
                q.setString(i++, manager);
            }
            q.setInt(i++, offset);
            q.setInt(i, limit);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    int best = rs.getInt(5);
                    rows.add(new TargetRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.wasNull() ? null : best));
                }
            }
        }
        return rows;
    }

    /** A funnel line as counted: targets, contacted, reached, interested, appointments, bought, amount. */
    public record FunnelRow(String manager, int targets, int contacted, int reached, int interested, int appointments, int bought,
            BigDecimal amount) {
    }

    public List<FunnelRow> funnel(long campaignId) throws SQLException {
        List<FunnelRow> rows = new ArrayList<>();
        try (PreparedStatement q = connection().prepareStatement(FUNNEL)) {
            q.setLong(1, campaignId);
            q.setLong(2, campaignId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new FunnelRow(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                            rs.getBigDecimal(8)));
                }
            }
        }
        return rows;
    }

    /**
     * Locks the customer's guard row for the rest of the transaction (creating it on their first
     * contact): a second contact of the customer waits here until the first commits or rolls back.
     */
    public void lockGuard(String customerId) throws SQLException {
        Connection db = connection();
        try (PreparedStatement lock = db.prepareStatement(LOCK_GUARD)) {
            lock.setString(1, customerId);
            if (lock.executeUpdate() == 1) {
                return;
            }
            // a savepoint around the insert: on PostgreSQL a failed statement aborts the whole
            // transaction, so a duplicate must be rolled back to here before the row is locked
            Savepoint before = db.setSavepoint();
            try (PreparedStatement create = db.prepareStatement(NEW_GUARD)) {
                create.setString(1, customerId);
                create.executeUpdate();
                db.releaseSavepoint(before);
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
                // another transaction (on this runtime or another) created it first: it is committed now, lock it
                db.rollback(before);
                if (lock.executeUpdate() != 1) {
                    throw new IllegalStateException("the contact guard of " + customerId + " is neither there nor new");
                }
            }
        }
    }

    /** The customer's marketing contacts of every campaign from {@code since} on. */
    public long contactsSince(String customerId, long since) {
        return em.createQuery("SELECT COUNT(k) FROM ContactEntity k WHERE k.customerId = :c AND k.at >= :since", Long.class)
                .setParameter("c", customerId).setParameter("since", since).getSingleResult();
    }

    public ContactEntity contact(long id) {
        return em.find(ContactEntity.class, id);
    }

    /** One target's contacts, newest first. */
    public List<ContactEntity> contacts(long campaignId, String customerId) {
        return em.createQuery("SELECT k FROM ContactEntity k WHERE k.campaignId = :id AND k.customerId = :c ORDER BY k.at DESC, k.id DESC",
                ContactEntity.class).setParameter("id", campaignId).setParameter("c", customerId).getResultList();
    }

    /** The customer's newest marketing contact of any campaign, or null. */
    public ContactEntity lastContact(String customerId) {
        List<ContactEntity> last = em.createQuery("SELECT k FROM ContactEntity k WHERE k.customerId = :c ORDER BY k.at DESC, k.id DESC",
                ContactEntity.class).setParameter("c", customerId).setMaxResults(1).getResultList();
        return last.isEmpty() ? null : last.get(0);
    }

    /** The launched campaigns the customer is a target of, by id. */
    public List<CampaignEntity> activeOf(String customerId) {
        return em.createQuery("SELECT c FROM CampaignEntity c, TargetEntity t WHERE t.campaignId = c.id AND t.customerId = :c"
                + " AND c.status = 'LAUNCHED' ORDER BY c.id", CampaignEntity.class).setParameter("c", customerId).getResultList();
    }

    /** Per manager at launch: contacts, customers contacted, customers who bought, amount, over [from, to). */
    public Map<String, long[]> byManager(long from, long to, Map<String, BigDecimal> amounts) throws SQLException {
        Map<String, long[]> counts = new TreeMap<>();
        try (PreparedStatement q = connection().prepareStatement(BY_MANAGER)) {
            q.setLong(1, from);
            q.setLong(2, to);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String m = rs.getString(1) == null ? "" : rs.getString(1);
                    counts.put(m, new long[] { rs.getLong(2), rs.getLong(3), 0 });
                    BigDecimal a = rs.getBigDecimal(4);
                    amounts.put(m, a == null ? BigDecimal.ZERO.setScale(2) : a);
                }
            }
        }
        try (PreparedStatement q = connection().prepareStatement(BOUGHT_BY_MANAGER)) {
            q.setLong(1, from);
            q.setLong(2, to);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long[] c = counts.get(rs.getString(1) == null ? "" : rs.getString(1));
                    if (c != null) {
                        c[2] = rs.getLong(2);
                    }
                }
            }
        }
        return counts;
    }

    public OptOutEntity optOut(long id) {
        return em.find(OptOutEntity.class, id);
    }

    /** The customer's opt-outs, those in force first, newest first. */
    public List<OptOutEntity> optOuts(String customerId) {
        return em.createQuery("SELECT o FROM OptOutEntity o WHERE o.customerId = :c ORDER BY o.withdrawnAt DESC, o.id DESC", OptOutEntity.class)
                .setParameter("c", customerId).getResultList();
    }

    /** The opt-outs in force that stop a contact through this channel for this campaign. */
    public List<OptOutEntity> blocking(String customerId, String channel, long campaignId) {
        return em.createQuery("SELECT o FROM OptOutEntity o WHERE o.customerId = :c AND o.withdrawnAt IS NULL"
                + " AND (o.channel IS NULL OR o.channel = :ch) AND (o.campaignId IS NULL OR o.campaignId = :id) ORDER BY o.id", OptOutEntity.class)
                .setParameter("c", customerId).setParameter("ch", channel).setParameter("id", campaignId).getResultList();
    }

    /** Withdraws an opt-out if it is in force. */
    public boolean withdraw(long id, long now, String by) {
        return em.createQuery("UPDATE OptOutEntity o SET o.withdrawnAt = :now, o.withdrawnBy = :by WHERE o.id = :id AND o.withdrawnAt IS NULL")
                .setParameter("now", now).setParameter("by", by).setParameter("id", id).executeUpdate() == 1;
    }
}
