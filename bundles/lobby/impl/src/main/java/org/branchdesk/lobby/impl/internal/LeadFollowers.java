package org.branchdesk.lobby.impl.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.AllocationHint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * The lobby's allocation hint ({@value #RULE}): for a premium customer without a manager, the
 * customer manager who followed up their most recent lead already knows them. Asked once per
 * allocation run with all its customers: one pass over the followed-up leads, oldest first, so
 * that each customer's latest follower is the one kept.
 */
@Component
public final class LeadFollowers implements AllocationHint {

    static final String RULE = "LEAD_FOLLOWER";

    private final TransactionControl tx;
    private final EntityManager em;

    @Activate
    public LeadFollowers(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.lobby)") JPAEntityManagerProvider provider) {
        this.tx = tx;
        this.em = provider.getResource(tx);
    }

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public Map<String, String> preferredManagers(Collection<String> customerIds) {
        Set<String> wanted = customerIds instanceof Set<String> set ? set : new HashSet<>(customerIds);
        Map<String, String> followers = new HashMap<>();
        if (wanted.isEmpty()) {
            return followers;
        }
        List<Object[]> rows = tx.supports(() -> em.createQuery(
                "SELECT l.customerId, l.followedUpBy FROM LeadEntity l WHERE l.followedUpBy IS NOT NULL ORDER BY l.id", Object[].class)
                .getResultList());
        for (Object[] row : rows) {
            if (wanted.contains((String) row[0])) {
                followers.put((String) row[0], (String) row[1]);
            }
        }
        return followers;
    }
}
