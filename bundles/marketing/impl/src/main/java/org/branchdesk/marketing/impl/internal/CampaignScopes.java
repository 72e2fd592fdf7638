package org.branchdesk.marketing.impl.internal;

import java.util.concurrent.Callable;

import org.osgi.service.transaction.control.ScopedWorkException;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Runs campaign work in a transaction and gives back the failure itself, not Transaction
 * Control's wrapper: a bundle calling the services catches the API's exceptions as documented.
 */
final class CampaignScopes {

    private CampaignScopes() {
    }

    static <T> T required(TransactionControl tx, Callable<T> work) {
        try {
            return tx.required(work);
        } catch (ScopedWorkException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    static <T> T supports(TransactionControl tx, Callable<T> work) {
        try {
            return tx.supports(work);
        } catch (ScopedWorkException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
