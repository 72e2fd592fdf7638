package org.branchdesk.platform.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.AuditEntry;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/** The audit log in the database: insert and select, never update or delete. */
@Component
public final class JpaAuditLog implements AuditLog {

    private static final int DETAIL_MAX = 1000;

    private final TransactionControl tx;
    private final EntityManager em;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaAuditLog(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.platform)") JPAEntityManagerProvider provider) {
        this.tx = tx;
        this.em = provider.getResource(tx);
    }

    @Override
    public void record(Caller actor, String customerId, String action, String detail) {
        AuditEntity e = new AuditEntity();
        e.at = clock.millis();
        e.actor = actor.username();
        e.customerId = customerId;
        e.action = action;
        e.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        // joins the caller's transaction: the read and its audit entry commit together
        tx.required(() -> {
            em.persist(e);
            return null;
        });
    }

    @Override
    public List<AuditEntry> query(String actor, String customerId, Instant from, Instant to, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "must be between 1 and 1000");
        }
        StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntity a WHERE 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (actor != null) {
            jpql.append(" AND a.actor = :actor");
            params.add(new Object[] { "actor", actor });
        }
        if (customerId != null) {
            jpql.append(" AND a.customerId = :customer");
            params.add(new Object[] { "customer", customerId });
        }
        if (from != null) {
            jpql.append(" AND a.at >= :from");
            params.add(new Object[] { "from", from.toEpochMilli() });
        }
        if (to != null) {
            jpql.append(" AND a.at < :to");
            params.add(new Object[] { "to", to.toEpochMilli() });
        }
        jpql.append(" ORDER BY a.id DESC");
        return tx.supports(() -> {
            TypedQuery<AuditEntity> query = em.createQuery(jpql.toString(), AuditEntity.class).setMaxResults(limit);
            params.forEach(p -> query.setParameter((String) p[0], p[1]));
            return query.getResultList().stream()
                    .map(a -> new AuditEntry(a.id, Instant.ofEpochMilli(a.at), a.actor, a.customerId, a.action, a.detail)).toList();
        });
    }
}
