package org.branchdesk.marketing.impl.internal.jpa;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.branchdesk.marketing.api.ReferralStatus;

/**
 * Every query of the referral table. Callers run these in their own transaction; nothing here
 * decides who may read what.
 */
public final class ReferralStore {

    private final EntityManager em;

    public ReferralStore(EntityManager em) {
        this.em = em;
    }

    public ReferralEntity find(long id) {
        return em.find(ReferralEntity.class, id);
    }

    public void add(ReferralEntity r) {
        em.persist(r);
        em.flush();
    }

    /** OPEN → CONVERTED into the opportunity, if still open: true for the one caller that did. */
    public boolean convert(long id, long opportunityId) {
        return em.createQuery("UPDATE ReferralEntity r SET r.status = :converted, r.opportunityId = :o WHERE r.id = :id AND r.status = :open")
                .setParameter("converted", ReferralStatus.CONVERTED).setParameter("o", opportunityId).setParameter("id", id)
                .setParameter("open", ReferralStatus.OPEN).executeUpdate() == 1;
    }

    /** OPEN → DECLINED, if still open. */
    public boolean decline(long id, String by, String reason, long now) {
        return em.createQuery("UPDATE ReferralEntity r SET r.status = :declined, r.declinedBy = :by, r.declineReason = :reason, "
                + "r.declinedAt = :now WHERE r.id = :id AND r.status = :open").setParameter("declined", ReferralStatus.DECLINED)
                .setParameter("by", by).setParameter("reason", reason).setParameter("now", now).setParameter("id", id)
                .setParameter("open", ReferralStatus.OPEN).executeUpdate() == 1;
    }

    /** To or by {@code staff} (null: everyone's), of one status (null: all), newest first. */
    public List<ReferralEntity> list(String staff, ReferralStatus status, int max) {
        StringBuilder q = new StringBuilder("SELECT r FROM ReferralEntity r WHERE 1 = 1");
        if (staff != null) {
            q.append(" AND (r.toManager = :s OR r.referredBy = :s)");
        }
        if (status != null) {
            q.append(" AND r.status = :st");
        }
        TypedQuery<ReferralEntity> query = em.createQuery(q.append(" ORDER BY r.id DESC").toString(), ReferralEntity.class);
        if (staff != null) {
            query.setParameter("s", staff);
        }
        if (status != null) {
            query.setParameter("st", status);
        }
        return query.setMaxResults(max).getResultList();
    }

    /** Referrals made between the two instants (from inclusive, to exclusive). */
    public List<ReferralEntity> madeBetween(long from, long to) {
        return em.createQuery("SELECT r FROM ReferralEntity r WHERE r.createdAt >= :f AND r.createdAt < :t", ReferralEntity.class)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }
}
