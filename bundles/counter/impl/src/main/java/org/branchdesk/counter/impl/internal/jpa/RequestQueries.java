package org.branchdesk.counter.impl.internal.jpa;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.persistence.EntityManager;

/** The maker side's set-based queries: lookups for dedupe, lists, the expiry's conditional update. */
public final class RequestQueries {

    private static final String EXPIRE = "UPDATE " + RequestEntity.TABLE
            + " SET STATUS = 'EXPIRED', PENDING_KEY = NULL, CHANGED_AT = ? WHERE ID = ? AND STATUS = 'PENDING' AND EXPIRES_AT <= ?";
    private static final String LEAVE_PENDING = "UPDATE " + RequestEntity.TABLE
            + " SET STATUS = ?, PENDING_KEY = NULL, REASON = ?, CHANGED_AT = ? WHERE ID = ? AND VERSION = ? AND STATUS = 'PENDING'";

    private final EntityManager em;
    private final RequestStore store;

    public RequestQueries(EntityManager em) {
        this.em = em;
        this.store = new RequestStore(em);
    }

    public RequestStore store() {
        return store;
    }

    public RequestEntity byClientKey(String maker, String clientKey) {
        return first(em.createQuery("SELECT r FROM RequestEntity r WHERE r.maker = :m AND r.clientKey = :k", RequestEntity.class)
                .setParameter("m", maker).setParameter("k", clientKey).getResultList());
    }

    public RequestEntity byPendingKey(String pendingKey) {
        return first(em.createQuery("SELECT r FROM RequestEntity r WHERE r.pendingKey = :k", RequestEntity.class)
                .setParameter("k", pendingKey).getResultList());
    }

    /** A maker's requests, newest first, of one status or all (null). */
    public List<RequestEntity> ofMaker(String maker, String status, int limit) {
        String jpql = "SELECT r FROM RequestEntity r WHERE r.maker = :m" + (status == null ? "" : " AND r.status = :s")
                + " ORDER BY r.submittedAt DESC, r.id DESC";
        var q = em.createQuery(jpql, RequestEntity.class).setParameter("m", maker).setMaxResults(limit);
        if (status != null) {
            q.setParameter("s", status);
        }
        return q.getResultList();
    }

    /** A customer's requests, newest first. */
    public List<RequestEntity> ofCustomer(String customerId, int limit) {
        return em.createQuery("SELECT r FROM RequestEntity r WHERE r.customerId = :c ORDER BY r.submittedAt DESC, r.id DESC",
                RequestEntity.class).setParameter("c", customerId).setMaxResults(limit).getResultList();
    }

    /** The customer's pending requests and the most recent others, in one statement, newest first. */
    public List<RequestEntity> section(String customerId, int recent) {
        return em.createQuery("SELECT r FROM RequestEntity r WHERE r.customerId = :c ORDER BY r.submittedAt DESC, r.id DESC",
                RequestEntity.class).setParameter("c", customerId).setMaxResults(recent).getResultList();
    }

    /** Ids of pending requests overdue at {@code now}, oldest first. */
    public List<Long> overdue(long now, int limit) {
        return em.createQuery("SELECT r.id FROM RequestEntity r WHERE r.status = 'PENDING' AND r.expiresAt <= :n ORDER BY r.expiresAt",
                Long.class).setParameter("n", now).setMaxResults(limit).getResultList();
    }

    /** Expires one request if it is still pending and overdue: false when another runtime (or an approval) was first. */
    public boolean expire(long id, long now) {
        try (PreparedStatement s = store.connection().prepareStatement(EXPIRE)) {
            s.setLong(1, now);
            s.setLong(2, id);
            s.setLong(3, now);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves a pending request at this version to a final status (withdrawn): false when it is no longer so. */
    public boolean leavePending(long id, int version, String status, String reason, long now) {
        try (PreparedStatement s = store.connection().prepareStatement(LEAVE_PENDING)) {
            s.setString(1, status);
            s.setString(2, reason);
            s.setLong(3, now);
            s.setLong(4, id);
            s.setInt(5, version);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T first(List<T> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }
}
