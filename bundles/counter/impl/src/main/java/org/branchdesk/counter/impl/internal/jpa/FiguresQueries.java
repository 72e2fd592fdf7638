package org.branchdesk.counter.impl.internal.jpa;

import java.util.Collection;
import java.util.List;

import javax.persistence.EntityManager;

/**
 * The figures' set-based queries over the requests submitted in a span of time
 * ({@code from} inclusive, {@code to} exclusive, epoch milliseconds). Callers run them in their
 * own transaction.
 */
public final class FiguresQueries {

    /** States a request reaches only after its last approval. */
    public static final List<String> AUTHORISED = List.of("APPROVED", "TO_BE_KEYED", "COMPLETED");

    private final EntityManager em;

    public FiguresQueries(EntityManager em) {
        this.em = em;
    }

    /** Rows of type, status and count. */
    public List<Object[]> byTypeAndStatus(long from, long to) {
        return em.createQuery("SELECT r.type, r.status, COUNT(r) FROM RequestEntity r WHERE r.submittedAt >= :f AND r.submittedAt < :t"
                + " GROUP BY r.type, r.status", Object[].class).setParameter("f", from).setParameter("t", to).getResultList();
    }

    /** Milliseconds from submission to the last approval of the authorised requests. */
    public List<Long> authoriseMillis(long from, long to) {
        return em.createQuery("SELECT r.decidedAt - r.submittedAt FROM RequestEntity r WHERE r.submittedAt >= :f AND r.submittedAt < :t"
                + " AND r.status IN :s AND r.decidedAt IS NOT NULL", Long.class).setParameter("f", from).setParameter("t", to)
                .setParameter("s", AUTHORISED).getResultList();
    }

    /** Milliseconds from the lobby ticket's call to completion of the completed requests that name a ticket. */
    public List<Long> serviceMillis(long from, long to) {
        return em.createQuery("SELECT r.completedAt - r.calledAt FROM RequestEntity r WHERE r.submittedAt >= :f AND r.submittedAt < :t"
                + " AND r.status = 'COMPLETED' AND r.calledAt IS NOT NULL AND r.completedAt IS NOT NULL", Long.class)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    /** Rows of maker, requests, authorised (approved or later), completed, rejected. */
    public List<Object[]> perMaker(long from, long to) {
        return em.createQuery("SELECT r.maker, COUNT(r),"
                + " SUM(CASE WHEN r.status IN ('APPROVED', 'TO_BE_KEYED', 'COMPLETED') THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.status = 'COMPLETED' THEN 1 ELSE 0 END), SUM(CASE WHEN r.status = 'REJECTED' THEN 1 ELSE 0 END)"
                + " FROM RequestEntity r WHERE r.submittedAt >= :f AND r.submittedAt < :t GROUP BY r.maker ORDER BY r.maker", Object[].class)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    /** Rows of checker and approvals given (of any version). */
    public List<Object[]> approvalsPerChecker(long from, long to) {
        return em.createQuery("SELECT a.checker, COUNT(a) FROM ApprovalEntity a, RequestEntity r WHERE a.requestId = r.id"
                + " AND r.submittedAt >= :f AND r.submittedAt < :t GROUP BY a.checker", Object[].class).setParameter("f", from)
                .setParameter("t", to).getResultList();
    }

    /** Rows of checker and rejections. */
    public List<Object[]> rejectionsPerChecker(long from, long to) {
        return em.createQuery("SELECT r.decidedBy, COUNT(r) FROM RequestEntity r WHERE r.submittedAt >= :f AND r.submittedAt < :t"
                + " AND r.status = 'REJECTED' AND r.decidedBy IS NOT NULL GROUP BY r.decidedBy", Object[].class).setParameter("f", from)
                .setParameter("t", to).getResultList();
    }

    /** Completed requests of the given types (self-service-capable business served at a counter). */
    public long completedOf(Collection<String> types, long from, long to) {
        if (types.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(r) FROM RequestEntity r WHERE r.submittedAt >= :f AND r.submittedAt < :t"
                + " AND r.status = 'COMPLETED' AND r.type IN :types", Long.class).setParameter("f", from).setParameter("t", to)
                .setParameter("types", types).getSingleResult();
    }
}
