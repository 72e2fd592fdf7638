package org.branchdesk.lobby.impl.internal;

import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import org.branchdesk.lobby.api.ManagerNotice;
import org.branchdesk.lobby.impl.internal.jpa.NoticeEntity;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.transaction.control.TransactionControl;

/** Reading a customer manager's arrival notices; {@link NoticeWriter} keeps them. */
final class Notices {

    private final TransactionControl tx;
    private final EntityManager em;

    Notices(TransactionControl tx, EntityManager em) {
        this.tx = tx;
        this.em = em;
    }

    /** The calling manager's own notices, newest first. */
    List<ManagerNotice> notices(int limit, Caller caller) {
        caller.require(LobbyAccess.NOTICES, "reading arrival notices");
        return tx.supports(() -> em.createQuery("SELECT n FROM NoticeEntity n WHERE n.manager = :m ORDER BY n.id DESC", NoticeEntity.class)
                .setParameter("m", caller.username()).setMaxResults(limit).getResultList().stream()
                .map(n -> new ManagerNotice(n.id, n.manager, n.customerId, n.customerName, n.servicePoint, n.purpose,
                        Instant.ofEpochMilli(n.at))).toList());
    }
}
