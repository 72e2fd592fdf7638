package org.branchdesk.counter.impl.internal.jpa;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

/**
 * The checker inbox's candidates: pending, unexpired requests of the given levels that the checker
 * did not make, change or approve at their current version; the oldest of each class (premium,
 * standard) so that the inbox's order can be applied. Who may approve each is still
 * {@code FourEyes}' decision (limits).
 * <p>
 * Read a page at a time after a key (submission time, id), in the order of the index
 * {@code BD_CTR_REQUEST_INBOX}, so that a page reads its rows and stops however many are pending;
 * what the checker did to a page's requests is read for the page at once. One query with the
 * checker's conditions as NOT EXISTS let Derby read and sort every pending request of the class
 * for each page (a few requests a second with tens of thousands pending).
 */
public final class InboxQueries {

    private static final String PAGE = "SELECT r FROM RequestEntity r WHERE r.status = 'PENDING' AND r.premium = :premium"
            + " AND r.submittedAt >= :at AND (r.submittedAt > :at OR r.id > :id)"
            + " AND r.expiresAt > :now AND r.level IN :levels AND r.maker <> :me ORDER BY r.submittedAt, r.id";

    private final EntityManager em;

    public InboxQueries(EntityManager em) {
        this.em = em;
    }

    /** Where a class's reading has got to: the last request read, or {@link #START}. */
    public record Key(long submittedAt, long id) {

        public static final Key START = new Key(Long.MIN_VALUE, Long.MIN_VALUE);

        public static Key of(RequestEntity r) {
            return new Key(r.submittedAt, r.id);
        }
    }

    /**
     * Up to {@code max} pending requests of one class after {@code after}, oldest first, that the
     * checker did not make; the caller drops those the checker changed or approved
     * ({@link #handled}) and moves on from the last one read.
     */
    public List<RequestEntity> page(String checker, Collection<String> levels, boolean premium, long now, Key after, int max) {
        return em.createQuery(PAGE, RequestEntity.class).setParameter("premium", premium).setParameter("at", after.submittedAt())
                .setParameter("id", after.id()).setParameter("now", now).setParameter("levels", levels).setParameter("me", checker)
                .setMaxResults(max).getResultList();
    }

    /**
     * Of these requests, those the checker submitted or changed at any version, or approved at
     * their current one: four eyes keeps them out of the checker's inbox.
     */
    public Set<Long> handled(String checker, List<RequestEntity> requests) {
        Set<Long> out = new HashSet<>();
        if (requests.isEmpty()) {
            return out;
        }
        List<Long> ids = requests.stream().map(r -> r.id).toList();
        out.addAll(em.createQuery("SELECT DISTINCT e.requestId FROM EventEntity e WHERE e.requestId IN :ids AND e.actor = :me"
                + " AND e.action IN ('SUBMITTED', 'CHANGED')", Long.class).setParameter("ids", ids).setParameter("me", checker).getResultList());
        approvals(ids).stream().filter(a -> a.checker.equals(checker)).forEach(a -> out.add(a.requestId));
        return out;
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
