package org.branchdesk.counter.impl.internal;

import org.branchdesk.counter.api.AuthorisedRequest;
import org.branchdesk.counter.api.CoreBanking;
import org.branchdesk.counter.api.Handover;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;

/**
 * The shipped core banking connection, of the lowest ranking: it takes nothing and answers that
 * the request is to be keyed into core banking by hand; the teller then confirms it with the core
 * system's reference. An integrator's {@link CoreBanking} of any higher ranking replaces it.
 */
@Component(service = CoreBanking.class, property = Constants.SERVICE_RANKING + ":Integer=" + Integer.MIN_VALUE)
public final class ManualKeying implements CoreBanking {

    static final String NOTE = "to be keyed into core banking";

    @Override
    public Handover handOver(AuthorisedRequest request) {
        return Handover.toBeKeyed(NOTE);
    }
}
