package org.branchdesk.customer.impl.internal;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.Callable;

import org.branchdesk.platform.api.ConflictException;

/** What the database says when two transactions wrote the same thing at the same moment. */
final class Conflicts {

    /**
     * A unique constraint (23505, Derby and PostgreSQL), a lock timeout or deadlock (Derby 40XL1,
     * 40XL2, 40001; PostgreSQL 40001, 40P01, 55P03).
     */
    private static final Set<String> RACES = Set.of("23505", "40XL1", "40XL2", "40001", "40P01", "55P03");

    private Conflicts() {
    }

    static boolean isRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (n.getSQLState() != null && RACES.contains(n.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Runs a write, turning what the database says when another decision about the same customers
     * was written at the same moment (the unique open assignment, a lock timeout, a deadlock) into
     * a 409 naming {@code field}: the loser's transaction has rolled back whole.
     */
    static <T> T writing(String field, String customerId, Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            if (isRace(e)) {
                throw new ConflictException(field, (customerId == null ? "another change of manager" : "another decision for customer "
                        + customerId) + " was written at the same moment; nothing was written: read the current state and try again");
            }
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
