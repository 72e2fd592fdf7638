package org.branchdesk.complaint.impl.internal;

import java.time.LocalDate;

import org.branchdesk.complaint.impl.internal.jpa.ComplaintStore;
import org.branchdesk.lobby.api.ComplaintCount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/** The day's count of complaints for the lobby's daily record: the lobby finds it while this module is installed. */
@Component
public final class DailyComplaintCount implements ComplaintCount {

    private final TransactionControl tx;
    private final ComplaintStore store;

    @Activate
    public DailyComplaintCount(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.complaint)") JPAEntityManagerProvider provider) {
        this.tx = tx;
        this.store = new ComplaintStore(provider.getResource(tx));
    }

    @Override
    public long receivedOn(LocalDate day) {
        return tx.supports(() -> store.countOn(day));
    }
}
