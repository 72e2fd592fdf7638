package org.branchdesk.relationship.impl.internal.jpa;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.branchdesk.relationship.impl.internal.jpa.HandoverEntity.Status;

/**
 * Every query of the handover and cursor tables, in one place next to the entities. Callers run
 * these in their own transaction; nothing here decides who may read what.
 */
public final class HandoverStore {

    private final EntityManager em;

    public HandoverStore(EntityManager em) {
        this.em = em;
    }

    public HandoverEntity find(long id) {
        return em.find(HandoverEntity.class, id);
    }

    /** Whether the change's handover is there already (the UNIQUE constraint still decides a race). */
    public boolean exists(long assignmentId) {
        return em.createQuery("SELECT COUNT(h) FROM HandoverEntity h WHERE h.assignmentId = :a", Long.class).setParameter("a", assignmentId)
                .getSingleResult() > 0;
    }

    /** Inserts and flushes: a duplicate assignment number fails here, on the UNIQUE constraint. */
    public void add(HandoverEntity h) {
        em.persist(h);
        em.flush();
    }

    /** Whether the customer has a handover of a later change than {@code assignmentId}. */
    public boolean laterExists(String customerId, long assignmentId) {
        return em.createQuery("SELECT COUNT(h) FROM HandoverEntity h WHERE h.customerId = :c AND h.assignmentId > :a", Long.class)
                .setParameter("c", customerId).setParameter("a", assignmentId).getSingleResult() > 0;
    }

    /** Closes the customer's open handovers of earlier changes as superseded by {@code assignmentId}; how many. */
    public int supersede(String customerId, long assignmentId, long now) {
        return em.createQuery("UPDATE HandoverEntity h SET h.status = :superseded, h.supersededAt = :now, h.supersededBy = :a "
                + "WHERE h.customerId = :c AND h.status = :open AND h.assignmentId < :a").setParameter("superseded", Status.SUPERSEDED)
                .setParameter("now", now).setParameter("a", assignmentId).setParameter("c", customerId).setParameter("open", Status.OPEN)
                .executeUpdate();
    }

    /** Open handovers past their deadline that nobody has raised yet. */
    public List<HandoverEntity> overdueNotEscalated(long now) {
        return em.createQuery("SELECT h FROM HandoverEntity h WHERE h.status = :open AND h.deadline < :now AND h.escalatedAt IS NULL",
                HandoverEntity.class).setParameter("open", Status.OPEN).setParameter("now", now).getResultList();
    }

    /**
     * Marks one handover as raised to the centre head, if it still is open, overdue and not
     * raised: true for the one runtime (and thread) whose update changed the row.
     */
    public boolean escalate(long id, long now) {
        return em.createQuery("UPDATE HandoverEntity h SET h.escalatedAt = :now WHERE h.id = :id AND h.escalatedAt IS NULL "
                + "AND h.status = :open AND h.deadline < :now").setParameter("now", now).setParameter("id", id)
                .setParameter("open", Status.OPEN).executeUpdate() == 1;
    }

    /** Records one step if it is not recorded yet and the handover is open: false otherwise. */
    public boolean recordStep(long id, String atField, long at, String howField, String how, String noteField, String note) {
        String jpql = "UPDATE HandoverEntity h SET h." + atField + " = :at, h." + howField + " = :how, h." + noteField + " = :note "
                + "WHERE h.id = :id AND h.status = :open AND h." + atField + " IS NULL";
        return em.createQuery(jpql).setParameter("at", at).setParameter("how", how).setParameter("note", note).setParameter("id", id)
                .setParameter("open", Status.OPEN).executeUpdate() == 1;
    }

    /** Completes the handover if all three steps are there and it is open. */
    public boolean completeIfDone(long id, long now) {
        return em.createQuery("UPDATE HandoverEntity h SET h.status = :complete, h.completedAt = :now WHERE h.id = :id AND h.status = :open "
                + "AND h.oralAt IS NOT NULL AND h.writtenAt IS NOT NULL AND h.contactAt IS NOT NULL").setParameter("complete", Status.COMPLETE)
                .setParameter("now", now).setParameter("id", id).setParameter("open", Status.OPEN).executeUpdate() == 1;
    }

    /** Handovers, newest first, filtered by successor or predecessor ({@code manager}), status, overdue at {@code now}. */
    public List<HandoverEntity> list(String manager, Status status, Long overdueAt, int max) {
        StringBuilder q = new StringBuilder("SELECT h FROM HandoverEntity h WHERE 1 = 1");
        if (manager != null) {
            q.append(" AND (h.successor = :m OR h.predecessor = :m)");
        }
        if (status != null) {
            q.append(" AND h.status = :s");
        }
        if (overdueAt != null) {
            q.append(" AND h.deadline < :now");
        }
        TypedQuery<HandoverEntity> query = em.createQuery(q.append(" ORDER BY h.id DESC").toString(), HandoverEntity.class);
        if (manager != null) {
            query.setParameter("m", manager);
        }
        if (status != null) {
            query.setParameter("s", status);
        }
        if (overdueAt != null) {
            query.setParameter("now", overdueAt);
        }
        return query.setMaxResults(max).getResultList();
    }

    /** The successor's open handovers, earliest deadline first. */
    public List<HandoverEntity> openOf(String successor) {
        return em.createQuery("SELECT h FROM HandoverEntity h WHERE h.successor = :m AND h.status = :open ORDER BY h.deadline",
                HandoverEntity.class).setParameter("m", successor).setParameter("open", Status.OPEN).getResultList();
    }

    /** Open handovers raised to the centre head, earliest deadline first. */
    public List<HandoverEntity> escalatedOpen() {
        return em.createQuery("SELECT h FROM HandoverEntity h WHERE h.status = :open AND h.escalatedAt IS NOT NULL ORDER BY h.deadline",
                HandoverEntity.class).setParameter("open", Status.OPEN).getResultList();
    }

    /** The customer's open handover (the latest, should there be more than one), or null. */
    public HandoverEntity openFor(String customerId) {
        List<HandoverEntity> open = em.createQuery("SELECT h FROM HandoverEntity h WHERE h.customerId = :c AND h.status = :open "
                + "ORDER BY h.assignmentId DESC", HandoverEntity.class).setParameter("c", customerId).setParameter("open", Status.OPEN)
                .setMaxResults(1).getResultList();
        return open.isEmpty() ? null : open.get(0);
    }

    /** Open handovers per successor. */
    public Map<String, Long> openPerSuccessor() {
        return em.createQuery("SELECT h.successor, COUNT(h) FROM HandoverEntity h WHERE h.status = :open GROUP BY h.successor", Object[].class)
                .setParameter("open", Status.OPEN).getResultList().stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
    }

    /** The cursor's last number, or null before its first row. */
    public Long cursor(String name) {
        CursorEntity c = em.find(CursorEntity.class, name);
        return c == null ? null : c.lastId;
    }

    /** Creates the cursor row; a duplicate (another runtime first) fails on the primary key. */
    public void createCursor(String name, long lastId) {
        CursorEntity c = new CursorEntity();
        c.name = name;
        c.lastId = lastId;
        em.persist(c);
        em.flush();
    }

    /** Moves the cursor forward to {@code lastId}, never back. */
    public void advanceCursor(String name, long lastId) {
        em.createQuery("UPDATE CursorEntity c SET c.lastId = :l WHERE c.name = :n AND c.lastId < :l").setParameter("l", lastId)
                .setParameter("n", name).executeUpdate();
    }
}
