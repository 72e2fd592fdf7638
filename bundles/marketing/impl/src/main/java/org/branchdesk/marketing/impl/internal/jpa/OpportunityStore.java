package org.branchdesk.marketing.impl.internal.jpa;

import java.math.BigDecimal;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.branchdesk.marketing.api.OpportunityStage;

/**
 * Every query of the opportunity table. Callers run these in their own transaction; nothing
 * here decides who may read what.
 */
public final class OpportunityStore {

    private static final List<OpportunityStage> ACTIVE = List.of(OpportunityStage.OPEN, OpportunityStage.PROPOSAL);

    private final EntityManager em;

    public OpportunityStore(EntityManager em) {
        this.em = em;
    }

    public OpportunityEntity find(long id) {
        return em.find(OpportunityEntity.class, id);
    }

    /** Inserts and flushes: a source already used fails here, on the UNIQUE constraint. */
    public void add(OpportunityEntity o) {
        em.persist(o);
        em.flush();
    }

    /** The opportunity a lead, referral or campaign contact opened, or null. */
    public OpportunityEntity bySource(org.branchdesk.marketing.api.OpportunitySource source, long ref) {
        List<OpportunityEntity> found = em.createQuery("SELECT o FROM OpportunityEntity o WHERE o.source = :s AND o.sourceRef = :r",
                OpportunityEntity.class).setParameter("s", source).setParameter("r", ref).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** OPEN → PROPOSAL, if still open. */
    public boolean propose(long id) {
        return em.createQuery("UPDATE OpportunityEntity o SET o.stage = :proposal WHERE o.id = :id AND o.stage = :open")
                .setParameter("proposal", OpportunityStage.PROPOSAL).setParameter("id", id).setParameter("open", OpportunityStage.OPEN)
                .executeUpdate() == 1;
    }

    /** OPEN or PROPOSAL → WON with the amount and the credit, if not closed yet. */
    public boolean win(long id, BigDecimal amount, BigDecimal managerCredit, BigDecimal referrerCredit, long now) {
        return em.createQuery("UPDATE OpportunityEntity o SET o.stage = :won, o.wonAmount = :a, o.managerCredit = :mc, "
                + "o.referrerCredit = :rc, o.closedAt = :now WHERE o.id = :id AND o.stage IN :active").setParameter("won", OpportunityStage.WON)
                .setParameter("a", amount).setParameter("mc", managerCredit).setParameter("rc", referrerCredit).setParameter("now", now)
                .setParameter("id", id).setParameter("active", ACTIVE).executeUpdate() == 1;
    }

    /** OPEN or PROPOSAL → LOST with the reason, if not closed yet. */
    public boolean lose(long id, String reason, long now) {
        return em.createQuery("UPDATE OpportunityEntity o SET o.stage = :lost, o.lostReason = :r, o.closedAt = :now "
                + "WHERE o.id = :id AND o.stage IN :active").setParameter("lost", OpportunityStage.LOST).setParameter("r", reason)
                .setParameter("now", now).setParameter("id", id).setParameter("active", ACTIVE).executeUpdate() == 1;
    }

    /** Of one manager (null: all), of one stage (null: all), newest first. */
    public List<OpportunityEntity> list(String manager, OpportunityStage stage, int max) {
        StringBuilder q = new StringBuilder("SELECT o FROM OpportunityEntity o WHERE 1 = 1");
        if (manager != null) {
            q.append(" AND o.manager = :m");
        }
        if (stage != null) {
            q.append(" AND o.stage = :s");
        }
        TypedQuery<OpportunityEntity> query = em.createQuery(q.append(" ORDER BY o.id DESC").toString(), OpportunityEntity.class);
        if (manager != null) {
            query.setParameter("m", manager);
        }
        if (stage != null) {
            query.setParameter("s", stage);
        }
        return query.setMaxResults(max).getResultList();
    }

    /** The customer's opportunities that are not closed, newest first. */
    public List<OpportunityEntity> activeOf(String customerId) {
        return em.createQuery("SELECT o FROM OpportunityEntity o WHERE o.customerId = :c AND o.stage IN :active ORDER BY o.id DESC",
                OpportunityEntity.class).setParameter("c", customerId).setParameter("active", ACTIVE).getResultList();
    }

    /** Won between the two instants (from inclusive, to exclusive), oldest first. */
    public List<OpportunityEntity> won(long from, long to) {
        return em.createQuery("SELECT o FROM OpportunityEntity o WHERE o.stage = :won AND o.closedAt >= :f AND o.closedAt < :t ORDER BY o.id",
                OpportunityEntity.class).setParameter("won", OpportunityStage.WON).setParameter("f", from).setParameter("t", to)
                .getResultList();
    }
}
