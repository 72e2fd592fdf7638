package org.branchdesk.counter.impl.internal.jpa;

import java.util.Collection;
import java.util.List;

import javax.persistence.EntityManager;

/**
 * The checker inbox's candidates: pending, unexpired requests of the given levels that the checker
 * did not make, change or approve at their current version; the oldest of each class (premium,
 * standard) so that the inbox's order can be applied. Who may approve each is still
 * {@code FourEyes}' decision (limits).
 */
public final class InboxQueries {

    private static final String CANDIDATES = "SELECT r FROM RequestEntity r WHERE r.status = 'PENDING' AND r.expiresAt > :now"
            + " AND r.level IN :levels AND r.premium = :premium AND r.maker <> :me"
            + " AND NOT EXISTS (SELECT e FROM EventEntity e WHERE e.requestId = r.id AND e.actor = :me AND e.action IN ('SUBMITTED', 'CHANGED'))"
            + " AND NOT EXISTS (SELECT a FROM ApprovalEntity a WHERE a.requestId = r.id AND a.version = r.version AND a.checker = :me)"
            + " ORDER BY r.submittedAt, r.id";

    private final EntityManager em;

    public InboxQueries(EntityManager em) {
        this.em = em;
    }

    /** One page of candidates of one class, oldest first. */
    public List<RequestEntity> candidates(String checker, Collection<String> levels, boolean premium, long now, int first, int max) {
        return em.createQuery(CANDIDATES, RequestEntity.class).setParameter("now", now).setParameter("levels", levels)
                .setParameter("premium", premium).setParameter("me", checker).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The approvals of many requests' current versions at once. */
    public List<ApprovalEntity> approvals(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM ApprovalEntity a, RequestEntity r WHERE a.requestId = r.id AND a.version = r.version"
                + " AND r.id IN :ids ORDER BY a.requestId, a.seq", ApprovalEntity.class).setParameter("ids", ids).getResultList();
    }
}
