package org.branchdesk.marketing.impl.internal.jpa;

import java.util.Collection;
import java.util.List;

import javax.persistence.EntityManager;

import org.branchdesk.marketing.api.PlanStatus;

/**
 * Every query of the plan tables. Callers run these in their own transaction; nothing here
 * decides who may read what.
 */
public final class PlanStore {

    private final EntityManager em;

    public PlanStore(EntityManager em) {
        this.em = em;
    }

    public PlanEntity find(long id) {
        return em.find(PlanEntity.class, id);
    }

    /** The customer's next plan number (the UNIQUE version constraint decides a race). */
    public long nextNumber(String customerId) {
        Long max = em.createQuery("SELECT MAX(p.number) FROM PlanEntity p WHERE p.customerId = :c", Long.class).setParameter("c", customerId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Inserts the version and its lines, flushed: a version taken already fails here, on the UNIQUE constraint. */
    public void add(PlanEntity plan, List<PlanLineEntity> lines) {
        em.persist(plan);
        em.flush();
        for (PlanLineEntity line : lines) {
            line.planId = plan.id;
            em.persist(line);
        }
        em.flush();
    }

    public List<PlanLineEntity> lines(long planId) {
        return em.createQuery("SELECT l FROM PlanLineEntity l WHERE l.planId = :p ORDER BY l.position", PlanLineEntity.class)
                .setParameter("p", planId).getResultList();
    }

    /** Moves the version from one of {@code from} to {@code to}, if it still is in one: true for the one caller that did. */
    public boolean move(long id, Collection<PlanStatus> from, PlanStatus to) {
        return em.createQuery("UPDATE PlanEntity p SET p.status = :to WHERE p.id = :id AND p.status IN :from").setParameter("to", to)
                .setParameter("id", id).setParameter("from", from).executeUpdate() == 1;
    }

    /** DRAFT → PRESENTED at {@code now}, if still a draft. */
    public boolean present(long id, long now) {
        return em.createQuery("UPDATE PlanEntity p SET p.status = :presented, p.presentedAt = :now WHERE p.id = :id AND p.status = :draft")
                .setParameter("presented", PlanStatus.PRESENTED).setParameter("now", now).setParameter("id", id)
                .setParameter("draft", PlanStatus.DRAFT).executeUpdate() == 1;
    }

    /** PRESENTED → the decision, if still presented. */
    public boolean decide(long id, PlanStatus decision, long now, String by, String note) {
        return em.createQuery("UPDATE PlanEntity p SET p.status = :d, p.decidedAt = :now, p.decisionBy = :by, p.decisionNote = :note "
                + "WHERE p.id = :id AND p.status = :presented").setParameter("d", decision).setParameter("now", now).setParameter("by", by)
                .setParameter("note", note).setParameter("id", id).setParameter("presented", PlanStatus.PRESENTED).executeUpdate() == 1;
    }

    /** Points a superseded version at its successor. */
    public void supersededBy(long id, long successor) {
        em.createQuery("UPDATE PlanEntity p SET p.supersededBy = :s WHERE p.id = :id").setParameter("s", successor).setParameter("id", id)
                .executeUpdate();
    }

    /** Every version of the customer's plans, newest first. */
    public List<PlanEntity> history(String customerId) {
        return em.createQuery("SELECT p FROM PlanEntity p WHERE p.customerId = :c ORDER BY p.number DESC, p.version DESC", PlanEntity.class)
                .setParameter("c", customerId).getResultList();
    }

    /** The customer's newest version that is not superseded, or null. */
    public PlanEntity current(String customerId) {
        List<PlanEntity> found = em.createQuery("SELECT p FROM PlanEntity p WHERE p.customerId = :c AND p.status <> :superseded "
                + "ORDER BY p.number DESC, p.version DESC", PlanEntity.class).setParameter("c", customerId)
                .setParameter("superseded", PlanStatus.SUPERSEDED).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
