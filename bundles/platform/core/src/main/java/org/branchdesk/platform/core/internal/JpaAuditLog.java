package org.branchdesk.platform.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;

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

    static final int DETAIL_MAX = 1000;
    static final int ACTION_MAX = 32;
    static final int LIMIT_MAX = 1000;

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
        // a programming error in the calling module; fail its transaction with a clear message
        if (actor == null || action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an actor and an action");
        }
        if (action.length() > ACTION_MAX) {
            throw new IllegalArgumentException("audit action '" + action + "' is longer than " + ACTION_MAX + " characters");
        }
        AuditEntity e = new AuditEntity();
        e.at = clock.millis();
        e.actor = actor.username();
        e.customerId = customerId;
        e.action = action;
        // the detail is free text from the caller: keep the entry rather than fail the read it records
        e.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        // joins the caller's transaction: the read and its audit entry commit (or roll back) together
        tx.required(() -> {
            em.persist(e);
            return null;
        });
    }

    @Override
    public List<AuditEntry> query(String actor, String customerId, Instant from, Instant to, int limit) {
        if (limit < 1 || limit > LIMIT_MAX) {
            throw new InvalidInputException("limit", "must be between 1 and " + LIMIT_MAX);
        }
        return tx.supports(() -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<AuditEntity> q = cb.createQuery(AuditEntity.class);
            Root<AuditEntity> a = q.from(AuditEntity.class);
            List<Predicate> where = new ArrayList<>();
            if (actor != null) {
                where.add(cb.equal(a.get("actor"), actor));
            }
            if (customerId != null) {
                where.add(cb.equal(a.get("customerId"), customerId));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(a.<Long>get("at"), from.toEpochMilli()));
            }
            if (to != null) {
                where.add(cb.lessThan(a.<Long>get("at"), to.toEpochMilli()));
            }
            // the id follows insertion order, unlike a clock that may be set back
            q.select(a).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(a.get("id")));
            return em.createQuery(q).setMaxResults(limit).getResultList().stream()
                    .map(e -> new AuditEntry(e.id, Instant.ofEpochMilli(e.at), e.actor, e.customerId, e.action, e.detail))
                    .toList();
        });
    }
}
