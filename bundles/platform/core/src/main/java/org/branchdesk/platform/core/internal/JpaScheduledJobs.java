package org.branchdesk.platform.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.jobs.ScheduledJobs;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * {@link ScheduledJobs} from the rows of {@code BD_JOB_LEASE}, decided by the database alone: a
 * claim is one conditional update (the lease has lapsed, or is already ours), and the first claim
 * of a job an insert whose duplicate key means that another runtime claimed it first. Each in a
 * transaction of its own, never the caller's.
 */
@Component(service = ScheduledJobs.class)
public final class JpaScheduledJobs implements ScheduledJobs {

    /** SQLSTATE of a unique or primary key violation, the same on Derby and PostgreSQL. */

    private final TransactionControl tx;
    private final EntityManager em;
    private final Clock clock;
    private final String holder = UUID.randomUUID().toString();

    @Activate
    public JpaScheduledJobs(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.platform)") JPAEntityManagerProvider provider) {
        this(tx, provider.getResource(tx), Clock.systemUTC());
    }

    JpaScheduledJobs(TransactionControl tx, EntityManager em, Clock clock) {
        this.tx = tx;
        this.em = em;
        this.clock = clock;
    }

    @Override
    public boolean claim(String job, Duration hold) {
        if (job == null || job.isBlank() || job.length() > NAME_MAX) {
            throw new InvalidInputException("job", "must be 1 to " + NAME_MAX + " characters");
        }
        if (hold == null || hold.isNegative() || hold.isZero()) {
            throw new InvalidInputException("hold", "must be positive");
        }
        long now = clock.millis();
        long until = now + hold.toMillis();
        Boolean taken = tx.requiresNew(() -> {
            int updated = em.createQuery("UPDATE JobLeaseEntity l SET l.holder = :me, l.until = :until"
                    + " WHERE l.name = :n AND (l.until < :now OR l.holder = :me)")
                    .setParameter("me", holder).setParameter("until", until).setParameter("n", job).setParameter("now", now)
                    .executeUpdate();
            if (updated == 1) {
                return Boolean.TRUE;
            }
            Long rows = em.createQuery("SELECT COUNT(l) FROM JobLeaseEntity l WHERE l.name = :n", Long.class)
                    .setParameter("n", job).getSingleResult();
            return rows > 0 ? Boolean.FALSE : null; // null: no row yet
        });
        if (taken != null) {
            return taken;
        }
        try {
            return tx.requiresNew(() -> {
                JobLeaseEntity row = new JobLeaseEntity();
                row.name = job;
                row.holder = holder;
                row.until = until;
                em.persist(row);
                em.flush();
                return true;
            });
        } catch (RuntimeException e) {
            if (JpaDailyNumbers.duplicateKey(e)) {
                return false; // another runtime claimed it first
            }
            throw e;
        }
    }

    @Override
    public void release(String job) {
        tx.requiresNew(() -> em.createQuery("UPDATE JobLeaseEntity l SET l.until = 0 WHERE l.name = :n AND l.holder = :me")
                .setParameter("n", job).setParameter("me", holder).executeUpdate());
    }
}
