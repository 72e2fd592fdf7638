package org.branchdesk.marketing.impl.internal.jpa;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * Every query of the shelf, risk and needs tables, in one place next to the entities. Callers run
 * these in their own transaction; nothing here decides who may read what.
 */
public final class ShelfStore {

    private final EntityManager em;

    public ShelfStore(EntityManager em) {
        this.em = em;
    }

    public ProductEntity product(String code) {
        return em.find(ProductEntity.class, code);
    }

    /** The products by code: of one family (null: all), the retired too if asked. */
    public List<ProductEntity> products(String family, boolean includeRetired) {
        StringBuilder q = new StringBuilder("SELECT p FROM ProductEntity p WHERE 1 = 1");
        if (family != null) {
            q.append(" AND p.family = :f");
        }
        if (!includeRetired) {
            q.append(" AND p.retired = FALSE");
        }
        TypedQuery<ProductEntity> query = em.createQuery(q.append(" ORDER BY p.code").toString(), ProductEntity.class);
        if (family != null) {
            query.setParameter("f", family);
        }
        return query.getResultList();
    }

    /** Inserts a new product and flushes: a code written meanwhile by another runtime fails here, on the primary key. */
    public void add(ProductEntity p) {
        em.persist(p);
        em.flush();
    }

    public RiskEntity addRisk(RiskEntity r) {
        em.persist(r);
        em.flush();
        return r;
    }

    /** The customer's newest assessment, or null. */
    public RiskEntity currentRisk(String customerId) {
        List<RiskEntity> newest = em.createQuery("SELECT r FROM RiskEntity r WHERE r.customerId = :c ORDER BY r.id DESC", RiskEntity.class)
                .setParameter("c", customerId).setMaxResults(1).getResultList();
        return newest.isEmpty() ? null : newest.get(0);
    }

    /** Every assessment of the customer, newest first. */
    public List<RiskEntity> risks(String customerId) {
        return em.createQuery("SELECT r FROM RiskEntity r WHERE r.customerId = :c ORDER BY r.id DESC", RiskEntity.class)
                .setParameter("c", customerId).getResultList();
    }

    public NeedsEntity needs(String customerId) {
        return em.find(NeedsEntity.class, customerId);
    }

    /** Inserts a first needs file and flushes: a second first file of the same customer fails on the primary key. */
    public void addNeeds(NeedsEntity n) {
        em.persist(n);
        em.flush();
    }
}
