package org.branchdesk.customer.impl.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.branchdesk.customer.api.Acquisition;
import org.branchdesk.customer.api.HoldingDates;
import org.branchdesk.customer.api.Maturity;
import org.branchdesk.customer.impl.internal.jpa.HoldingEntity;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * Maturities and acquisitions from the holdings the imports stored (HoldingEntity's
 * {@code MATURITY_DATE} and {@code FIRST_SEEN}), for the staff who read customers, within the
 * caller's book ({@link BookScope}). A manager's book is found through the customer table's
 * manager index and the holdings' key, so BD_HOLDING needs no index of its own for it (and a
 * first load of millions of rows builds none more).
 */
@Component
public final class JpaHoldingDates implements HoldingDates {

    private static final String MATURING = "SELECT h FROM HoldingEntity h WHERE h.maturityDate BETWEEN :from AND :to";
    private static final String MATURING_OF = "SELECT h FROM HoldingEntity h, CustomerEntity c WHERE c.id = h.customerId"
            + " AND c.manager = :manager AND h.maturityDate BETWEEN :from AND :to";
    private static final String MATURING_FOR = "SELECT h FROM HoldingEntity h WHERE h.customerId = :customer"
            + " AND h.maturityDate BETWEEN :from AND :to";
    private static final String MATURING_FOR_OWN = "SELECT h FROM HoldingEntity h, CustomerEntity c WHERE c.id = h.customerId"
            + " AND c.manager = :manager AND h.customerId = :customer AND h.maturityDate BETWEEN :from AND :to";
    private static final String ORDER = " ORDER BY h.maturityDate, h.customerId, h.category";
    private static final String ACQUIRED = "SELECT h FROM HoldingEntity h WHERE h.customerId IN :ids AND h.firstSeen BETWEEN :from AND :to";
    private static final String ACQUIRED_OF = "SELECT h FROM HoldingEntity h, CustomerEntity c WHERE c.id = h.customerId"
            + " AND c.manager = :manager AND h.customerId IN :ids AND h.firstSeen BETWEEN :from AND :to";

    private final TransactionControl tx;
    private final EntityManager em;

    @Activate
    public JpaHoldingDates(@Reference TransactionControl tx, @Reference(target = JpaCustomerService.UNIT) JPAEntityManagerProvider provider) {
        this.tx = tx;
        this.em = provider.getResource(tx);
    }

    @Override
    public List<Maturity> maturing(LocalDate from, LocalDate to, String manager, Caller caller) {
        caller.require(CustomerAccess.READ, "reading maturities");
        String of = BookScope.manager(caller, manager);
        BookScope.period(from, to);
        return Scopes.supports(tx, () -> {
            TypedQuery<HoldingEntity> q = em.createQuery((of == null ? MATURING : MATURING_OF) + ORDER, HoldingEntity.class)
                    .setParameter("from", from).setParameter("to", to);
            if (of != null) {
                q.setParameter("manager", of);
            }
            return q.getResultList().stream().map(h -> new Maturity(h.customerId, h.category, h.amount, h.maturityDate)).toList();
        });
    }

    @Override
    public List<Maturity> maturingOf(String customerId, LocalDate from, LocalDate to, Caller caller) {
        caller.require(CustomerAccess.READ, "reading maturities");
        BookScope.period(from, to);
        // a customer manager who is not centre head sees only their own customers' (another's: nothing)
        String own = BookScope.ownOnly(caller) ? caller.username() : null;
        return Scopes.supports(tx, () -> {
            TypedQuery<HoldingEntity> q = em.createQuery((own == null ? MATURING_FOR : MATURING_FOR_OWN) + ORDER, HoldingEntity.class)
                    .setParameter("customer", customerId).setParameter("from", from).setParameter("to", to);
            if (own != null) {
                q.setParameter("manager", own);
            }
            return q.getResultList().stream().map(h -> new Maturity(h.customerId, h.category, h.amount, h.maturityDate)).toList();
        });
    }

    @Override
    public List<Acquisition> acquisitions(Collection<String> customerIds, LocalDate from, LocalDate to, Caller caller) {
        caller.require(CustomerAccess.READ, "reading acquisitions");
        BookScope.period(from, to);
        if (customerIds == null || customerIds.isEmpty()) {
            return List.of();
        }
        // another manager's customers are left out, as they are of the book the caller plans
        String own = BookScope.ownOnly(caller) ? caller.username() : null;
        List<String> ids = customerIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        return Scopes.supports(tx, () -> {
            List<Acquisition> found = new ArrayList<>();
            for (int i = 0; i < ids.size(); i += Interactions.CHUNK) {
                TypedQuery<HoldingEntity> q = em.createQuery(own == null ? ACQUIRED : ACQUIRED_OF, HoldingEntity.class)
                        .setParameter("ids", new ArrayList<>(ids.subList(i, Math.min(ids.size(), i + Interactions.CHUNK))))
                        .setParameter("from", from).setParameter("to", to);
                if (own != null) {
                    q.setParameter("manager", own);
                }
                q.getResultList().forEach(h -> found.add(new Acquisition(h.customerId, h.category, h.firstSeen)));
            }
            found.sort(Comparator.comparing(Acquisition::day).thenComparing(Acquisition::customerId)
                    .thenComparing(Acquisition::category));
            return List.copyOf(found);
        });
    }
}
