package org.branchdesk.customer.impl.internal;

import java.util.Optional;

import org.branchdesk.customer.api.CustomerViewSection;
import org.branchdesk.customer.api.ViewContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * "Recent contacts" in the unified view: the customer's latest contacts from the interaction
 * log, newest first (an empty list when there is none). Between the lobby's visits (200) and the
 * segment history (100). The view has checked the caller's role and audited the read of the
 * customer, and the contacts carry the same confidentiality as the rest of it: the section reads
 * the log directly, one query on its index, rather than through {@code InteractionLog.of}, whose
 * customer look-up and audit entry of its own would cost the view a second wait for the disk.
 */
@Component
@ServiceRanking(150)
public final class InteractionsSection implements CustomerViewSection {

    static final int SHOWN = 5;

    private final TransactionControl tx;
    private final Interactions interactions;

    @Activate
    public InteractionsSection(@Reference TransactionControl tx, @Reference(target = JpaCustomerService.UNIT) JPAEntityManagerProvider provider) {
        this.tx = tx;
        this.interactions = new Interactions(provider.getResource(tx));
    }

    @Override
    public String id() {
        return "interactions";
    }

    @Override
    public String title() {
        return "Recent contacts";
    }

    @Override
    public Optional<Object> contribute(ViewContext context) {
        context.caller().require(CustomerAccess.READ, "reading a customer's contacts");
        return Optional.of(tx.supports(() -> interactions.newest(context.customer().id(), SHOWN)));
    }
}
