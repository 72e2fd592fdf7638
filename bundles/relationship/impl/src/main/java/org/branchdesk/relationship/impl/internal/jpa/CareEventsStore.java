package org.branchdesk.relationship.impl.internal.jpa;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

/** The queries of the care-done rows. Callers run these in their own transaction. */
public final class CareEventsStore {

    private final EntityManager em;

    public CareEventsStore(EntityManager em) {
        this.em = em;
    }

    /** {@code customerId + " " + ref} of every care done for an event dated from {@code from} to {@code to}. */
    public Set<String> doneBetween(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("SELECT d.customerId, d.ref FROM CareDoneEntity d WHERE d.day >= :f AND d.day <= :t",
                Object[].class).setParameter("f", from).setParameter("t", to).getResultList();
        Set<String> done = new HashSet<>();
        for (Object[] row : rows) {
            done.add(key((String) row[0], (String) row[1]));
        }
        return done;
    }

    public boolean isDone(String customerId, String ref) {
        return !em.createQuery("SELECT d.id FROM CareDoneEntity d WHERE d.customerId = :c AND d.ref = :r", Long.class)
                .setParameter("c", customerId).setParameter("r", ref).setMaxResults(1).getResultList().isEmpty();
    }

    /** Stores the row now, so that a second one for the same customer and ref fails its unique constraint here. */
    public void add(CareDoneEntity done) {
        em.persist(done);
        em.flush();
    }

    public static String key(String customerId, String ref) {
        return customerId + " " + ref;
    }
}
