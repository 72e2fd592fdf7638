package org.branchdesk.platform.core.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

import javax.persistence.EntityManager;

import org.branchdesk.platform.persistence.DailyNumbers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.ScopedWorkException;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * {@link DailyNumbers} from the counter rows of {@code BD_DAILY_NUMBER}, one per sequence and
 * day, each number in a transaction of its own ({@link TransactionControl#requiresNew}): the
 * row's lock is held for one update and one read, never for the caller's transaction.
 *
 * <p>The rows belong to a persistence unit of their own, {@code branchdesk.numbers}, so that
 * they come with connections of their own: a number never waits for a connection that its
 * caller's suspended transaction holds.
 */
@Component(service = DailyNumbers.class)
public final class JpaDailyNumbers implements DailyNumbers, DailyCounter.Store {

    /** SQLSTATE of a unique or primary key violation, the same on Derby and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final TransactionControl tx;
    private final EntityManager em;

    @Activate
    public JpaDailyNumbers(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.numbers)") JPAEntityManagerProvider provider) {
        this.tx = tx;
        this.em = provider.getResource(tx);
    }

    @Override
    public long next(String sequence, LocalDate day, LongSupplier highestStored) {
        return DailyCounter.next(this, sequence, day, highestStored);
    }

    @Override
    public OptionalLong increment(String sequence, LocalDate day) {
        try {
            return tx.requiresNew(() -> {
                int updated = em.createQuery("UPDATE DailyNumberEntity n SET n.last = n.last + 1 WHERE n.sequence = :s AND n.day = :d")
                        .setParameter("s", sequence).setParameter("d", day).executeUpdate();
                if (updated == 0) {
                    return OptionalLong.empty();
                }
                // the update's row lock is ours until the commit: no other runtime's number in between
                return OptionalLong.of(em.createQuery("SELECT n.last FROM DailyNumberEntity n WHERE n.sequence = :s AND n.day = :d",
                        Long.class).setParameter("s", sequence).setParameter("d", day).getSingleResult());
            });
        } catch (ScopedWorkException e) {
            throw unwrapped(e);
        }
    }

    @Override
    public boolean create(String sequence, LocalDate day, long first) {
        try {
            return tx.requiresNew(() -> {
                DailyNumberEntity row = new DailyNumberEntity();
                row.sequence = sequence;
                row.day = day;
                row.last = first;
                em.persist(row);
                em.flush();
                return true;
            });
        } catch (RuntimeException e) {
            if (duplicateKey(e)) {
                return false; // another runtime (or thread) created it first
            }
            throw e instanceof ScopedWorkException s ? unwrapped(s) : e;
        }
    }

    /** Whether the failure, or one of its causes, is a unique-key violation (Derby and PostgreSQL: 23505). */
    static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The failure itself, not Transaction Control's wrapper of it, for the caller's own scope to handle. */
    private static RuntimeException unwrapped(ScopedWorkException e) {
        return e.getCause() instanceof RuntimeException r ? r : e;
    }
}
