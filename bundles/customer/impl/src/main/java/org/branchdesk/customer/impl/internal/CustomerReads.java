package org.branchdesk.customer.impl.internal;

import java.util.List;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.Holding;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.customer.impl.internal.jpa.HoldingEntity;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;

/**
 * How every read of a customer is shown: masked for the caller, and audited (the read, and any
 * unmasking) before it is shown. Runs inside the caller's transaction.
 */
final class CustomerReads {

    private final EntityManager em;
    private final AuditLog audit;
    private final Masker masker;

    CustomerReads(EntityManager em, AuditLog audit, Masker masker) {
        this.em = em;
        this.audit = audit;
        this.masker = masker;
    }

    CustomerEntity find(String id) {
        CustomerEntity e = em.find(CustomerEntity.class, id);
        if (e == null) {
            throw new NotFoundException("customer", id);
        }
        return e;
    }

    Customer shown(CustomerEntity e, Caller caller, String action) {
        return shown(e, caller, action, null);
    }

    /** Masks the customer for the caller and audits the read, and any unmasking, before it is shown. */
    Customer shown(CustomerEntity e, Caller caller, String action, String detail) {
        Masker.Masked masked = masker.mask(Customers.toRecord(e), caller);
        if (!"CREATE".equals(action) && !"UPDATE".equals(action)) {
            audit.record(caller, e.id, action, detail);
        }
        if (!masked.unmasked().isEmpty()) {
            audit.record(caller, e.id, "UNMASK", String.join(",", masked.unmasked()));
        }
        return masked.customer();
    }

    /** A customer's holdings, their reading audited. */
    List<Holding> holdings(String id, Caller caller) {
        find(id);
        audit.record(caller, id, "HOLDINGS", null);
        return holdingsOf(id);
    }

    /** A customer's holdings by category (not audited: the caller audits what it reads them for). */
    List<Holding> holdingsOf(String id) {
        return em.createQuery("SELECT h FROM HoldingEntity h WHERE h.customerId = :id ORDER BY h.category", HoldingEntity.class)
                .setParameter("id", id).getResultList().stream().map(h -> new Holding(h.category, h.amount)).toList();
    }
}
