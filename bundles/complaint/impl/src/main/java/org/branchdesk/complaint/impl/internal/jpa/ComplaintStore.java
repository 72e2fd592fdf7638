package org.branchdesk.complaint.impl.internal.jpa;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.branchdesk.complaint.api.Status;

/**
 * Every query of the complaint tables, in one place next to the entities. Callers run these in
 * their own transaction; nothing here decides who may read what.
 */
public final class ComplaintStore {

    /** The statuses of an open complaint, as the queries need them ({@link Status#open()}). */
    private static final List<Status> OPEN = List.of(Status.RECEIVED, Status.ACKNOWLEDGED, Status.UNDER_INVESTIGATION);
    private static final List<Status> DONE = List.of(Status.RESOLVED, Status.CLOSED);

    private final EntityManager em;

    public ComplaintStore(EntityManager em) {
        this.em = em;
    }

    /** The complaint, or null. */
    public ComplaintEntity find(long id) {
        return em.find(ComplaintEntity.class, id);
    }

    /** Stores a new complaint and gives it its id. */
    public void add(ComplaintEntity c) {
        em.persist(c);
        em.flush();
    }

    /** Appends one step to a complaint's history; a note longer than its column is cut to it. */
    public void append(long complaintId, long at, String actor, String action, Status from, Status to, String note) {
        HistoryEntity h = new HistoryEntity();
        h.complaintId = complaintId;
        h.at = at;
        h.actor = actor;
        h.action = action;
        h.from = from;
        h.to = to;
        h.note = note == null || note.length() <= HistoryEntity.NOTE_LENGTH ? note : note.substring(0, HistoryEntity.NOTE_LENGTH);
        em.persist(h);
    }

    /** A complaint's history, oldest first. */
    public List<HistoryEntity> history(long complaintId) {
        return em.createQuery("SELECT h FROM HistoryEntity h WHERE h.complaintId = :c ORDER BY h.id", HistoryEntity.class)
                .setParameter("c", complaintId).getResultList();
    }

    /** The references given on a day. */
    public List<String> referencesOn(LocalDate day) {
        return em.createQuery("SELECT c.reference FROM ComplaintEntity c WHERE c.day = :d", String.class).setParameter("d", day)
                .getResultList();
    }

    public long countOn(LocalDate day) {
        return em.createQuery("SELECT COUNT(c) FROM ComplaintEntity c WHERE c.day = :d", Long.class).setParameter("d", day)
                .getSingleResult();
    }

    /** Open complaints assigned to a member of staff, newest first. */
    public List<ComplaintEntity> openAssignedTo(String username, int max) {
        return em.createQuery("SELECT c FROM ComplaintEntity c WHERE c.assignee = :me AND c.status NOT IN :done ORDER BY c.id DESC",
                ComplaintEntity.class).setParameter("me", username).setParameter("done", DONE).setMaxResults(max).getResultList();
    }

    /** Every complaint, or those in one status, newest first. */
    public List<ComplaintEntity> all(Status status, int max) {
        TypedQuery<ComplaintEntity> q = status == null
                ? em.createQuery("SELECT c FROM ComplaintEntity c ORDER BY c.id DESC", ComplaintEntity.class)
                : em.createQuery("SELECT c FROM ComplaintEntity c WHERE c.status = :s ORDER BY c.id DESC", ComplaintEntity.class)
                        .setParameter("s", status);
        return q.setMaxResults(max).getResultList();
    }

    /** A customer's complaints, newest first. */
    public List<ComplaintEntity> ofCustomer(String customerId, int max) {
        return em.createQuery("SELECT c FROM ComplaintEntity c WHERE c.customerId = :c ORDER BY c.id DESC", ComplaintEntity.class)
                .setParameter("c", customerId).setMaxResults(max).getResultList();
    }

    /** Locks the complaint's row until the transaction ends and reloads it as it is now. */
    public void lockFresh(ComplaintEntity c) {
        em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Open complaints past a deadline at {@code now}: not acknowledged by their acknowledgement
     * deadline, or not resolved by their resolution deadline. The same rule as the escalation
     * rule's, said in JPQL so that the database picks them.
     */
    public List<ComplaintEntity> late(long now) {
        return em.createQuery("SELECT c FROM ComplaintEntity c WHERE c.status IN :open "
                + "AND ((c.status = :received AND c.acknowledgeBy < :now) OR c.resolveBy < :now)", ComplaintEntity.class)
                .setParameter("open", OPEN).setParameter("received", Status.RECEIVED).setParameter("now", now).getResultList();
    }

    /** Complaints received in {@code [from, to)}, epoch milliseconds. */
    public List<ComplaintEntity> receivedBetween(long from, long to) {
        return em.createQuery("SELECT c FROM ComplaintEntity c WHERE c.receivedAt >= :f AND c.receivedAt < :t", ComplaintEntity.class)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }
}
