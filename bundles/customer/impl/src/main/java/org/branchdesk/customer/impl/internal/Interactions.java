package org.branchdesk.customer.impl.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.Interaction;
import org.branchdesk.customer.impl.internal.jpa.InteractionEntity;

/**
 * The interaction log's reads, each one query on the index of a customer's contacts newest first
 * (InteractionEntity): no checks and no audit, which are the callers'. Runs inside the caller's
 * transaction.
 */
final class Interactions {

    /** Customer numbers per query of {@link #latest}: an IN list Derby still probes key by key. */
    static final int CHUNK = 100;

    private final EntityManager em;

    Interactions(EntityManager em) {
        this.em = em;
    }

    /** The customer's contacts, newest first. */
    List<Interaction> newest(String customerId, int limit) {
        return em.createQuery("SELECT i FROM InteractionEntity i WHERE i.customerId = :c ORDER BY i.atMillis DESC, i.id DESC",
                InteractionEntity.class).setParameter("c", customerId).setMaxResults(limit).getResultList().stream()
                .map(Interactions::toRecord).toList();
    }

    /** The latest contact of each customer who has one: one query per {@link #CHUNK} customers. */
    Map<String, Interaction> latest(Collection<String> customerIds) {
        List<String> ids = customerIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        Map<String, Interaction> latest = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            em.createQuery("SELECT i FROM InteractionEntity i WHERE i.customerId IN :ids AND NOT EXISTS ("
                    + "SELECT j.id FROM InteractionEntity j WHERE j.customerId = i.customerId"
                    + " AND (j.atMillis > i.atMillis OR (j.atMillis = i.atMillis AND j.id > i.id)))", InteractionEntity.class)
                    .setParameter("ids", chunk).getResultList().forEach(e -> latest.put(e.customerId, toRecord(e)));
        }
        return latest;
    }

    /** How many contacts the customer had from the instant on: a range of the index, no row read. */
    int countSince(String customerId, Instant since) {
        return em.createQuery("SELECT COUNT(i) FROM InteractionEntity i WHERE i.customerId = :c AND i.atMillis >= :since", Long.class)
                .setParameter("c", customerId).setParameter("since", since.toEpochMilli()).getSingleResult().intValue();
    }

    static Interaction toRecord(InteractionEntity e) {
        return new Interaction(e.id, e.customerId, e.staff, Instant.ofEpochMilli(e.atMillis), e.channel, e.purpose, e.outcome, e.note,
                e.module, Instant.ofEpochMilli(e.recordedMillis));
    }
}
