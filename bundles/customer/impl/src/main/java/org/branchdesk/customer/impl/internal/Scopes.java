package org.branchdesk.customer.impl.internal;

import java.util.concurrent.Callable;

import org.osgi.service.transaction.control.ScopedWorkException;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Runs work in a transaction and gives back the failure itself, not Transaction Control's
 * wrapper of it: a module calling the service catches the API's exceptions
 * ({@code NotFoundException}, {@code InvalidInputException}) as they are documented.
 */
final class Scopes {

    private Scopes() {
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

    private static RuntimeException unwrapped(ScopedWorkException e) {
        return e.getCause() instanceof RuntimeException r ? r : e;
    }
}
