package org.branchdesk.lobby.impl.internal;

import javax.persistence.EntityManager;

import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.lobby.api.VisitPurpose;
import org.branchdesk.lobby.impl.internal.jpa.NoticeEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.osgi.service.event.propertytypes.EventTopics;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * Keeps each premium arrival event as a notice for the customer's manager. Other bundles may
 * listen to the same topic (an SMS gateway, a desk display) without the lobby knowing them.
 */
@Component
@EventTopics(Arrivals.PREMIUM_ARRIVED)
public final class NoticeWriter implements EventHandler {

    private final TransactionControl tx;
    private final EntityManager em;

    @Activate
    public NoticeWriter(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.lobby)") JPAEntityManagerProvider provider) {
        this.tx = tx;
        this.em = provider.getResource(tx);
    }

    @Override
    public void handleEvent(Event event) {
        NoticeEntity n = new NoticeEntity();
        n.manager = (String) event.getProperty("manager");
        n.customerId = (String) event.getProperty("customerId");
        n.customerName = (String) event.getProperty("customerName");
        n.servicePoint = ServicePoint.valueOf((String) event.getProperty("servicePoint"));
        n.purpose = VisitPurpose.valueOf((String) event.getProperty("purpose"));
        n.at = (Long) event.getProperty("at");
        tx.required(() -> {
            em.persist(n);
            return null;
        });
    }
}
