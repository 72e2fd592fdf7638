package org.branchdesk.counter.impl.internal;

import java.sql.SQLException;
import java.util.concurrent.Callable;

import org.osgi.service.transaction.control.ScopedWorkException;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Runs work in a transaction and gives back the failure itself, not Transaction Control's wrapper
 * of it: an integrator calling the services catches the API's exceptions as documented.
 */
final class TxScopes {

    /** SQLSTATE of a UNIQUE or primary-key violation (Derby and PostgreSQL alike). */
    private static final String UNIQUE_VIOLATION = "23505";

    private TxScopes() {
    }

    static <T> T required(TransactionControl tx, Callable<T> work) {
        try {
            return tx.required(work);
        } catch (ScopedWorkException e) {
            throw unwrapped(e);
        }
    }

    static <T> T supports(TransactionControl tx, Callable<T> work) {
        try {
            return tx.supports(work);
        } catch (ScopedWorkException e) {
            throw unwrapped(e);
        }
    }

    /** Whether the failure is the database refusing a duplicate of a UNIQUE value. */
    static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure of the given type in {@code e}'s causes (another module's service called inside a
     * scope gives back its refusal wrapped), or null.
     */
    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static RuntimeException unwrapped(ScopedWorkException e) {
        return e.getCause() instanceof RuntimeException r ? r : e;
    }
}
