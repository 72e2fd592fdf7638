package org.branchdesk.counter.impl.internal.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.persistence.EntityManager;

/**
 * The queries every part of the module shares on a request, its approvals and its history. Each
 * part keeps its own set-based queries in its own store class beside this one. Callers run these
 * in their own transaction; nothing here decides who may do what.
 */
public final class RequestStore {

    /**
     * Takes the request's row lock for the rest of the transaction, only while the request is at
     * this version and pending: an UPDATE that changes nothing, which Derby and PostgreSQL alike
     * hold until commit. Every runtime sharing the database waits on the same lock.
     */
    private static final String LOCK_PENDING = "UPDATE " + RequestEntity.TABLE + " SET VERSION = VERSION WHERE ID = ? AND VERSION = ?"
            + " AND STATUS = 'PENDING'";
    private static final String LOCK = "UPDATE " + RequestEntity.TABLE + " SET VERSION = VERSION WHERE ID = ?";

    private final EntityManager em;

    public RequestStore(EntityManager em) {
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

    public EntityManager em() {
        return em;
    }

    public RequestEntity find(long id) {
        return em.find(RequestEntity.class, id);
    }

    /** Reads the row again from the database (after a lock or a conditional update). */
    public RequestEntity reload(long id) {
        RequestEntity r = em.find(RequestEntity.class, id);
        if (r != null) {
            em.refresh(r);
        }
        return r;
    }

    /** Whether the lock was taken: false when the request is not pending at this version (or absent). */
    public boolean lockPending(long id, int version) {
        return update(LOCK_PENDING, id, version) == 1;
    }

    /** Takes the row lock whatever the request's state; false when there is no such request. */
    public boolean lock(long id) {
        return update(LOCK, id, null) == 1;
    }

    public void insert(RequestEntity r) {
        em.persist(r);
        em.flush();
    }

    public void insert(ApprovalEntity a) {
        em.persist(a);
        em.flush();
    }

    /** Appends a step to the request's history. */
    public EventEntity event(long requestId, long at, String actor, String action, int version, String detail) {
        EventEntity e = new EventEntity();
        e.requestId = requestId;
        e.at = at;
        e.actor = actor;
        e.action = action;
        e.version = version;
        e.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        em.persist(e);
        return e;
    }

    public List<EventEntity> events(long requestId) {
        return em.createQuery("SELECT e FROM EventEntity e WHERE e.requestId = :r ORDER BY e.id", EventEntity.class)
                .setParameter("r", requestId).getResultList();
    }

    /** The approvals of one version, in order. */
    public List<ApprovalEntity> approvals(long requestId, int version) {
        return em.createQuery("SELECT a FROM ApprovalEntity a WHERE a.requestId = :r AND a.version = :v ORDER BY a.seq",
                ApprovalEntity.class).setParameter("r", requestId).setParameter("v", version).getResultList();
    }

    /** Everyone who submitted or changed the request: none of them may approve it. */
    public List<String> editors(long requestId) {
        return em.createQuery("SELECT DISTINCT e.actor FROM EventEntity e WHERE e.requestId = :r AND e.action IN ('SUBMITTED', 'CHANGED')",
                String.class).setParameter("r", requestId).getResultList();
    }

    private int update(String sql, long id, Integer version) {
        try (PreparedStatement s = connection().prepareStatement(sql)) {
            s.setLong(1, id);
            if (version != null) {
                s.setInt(2, version);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
