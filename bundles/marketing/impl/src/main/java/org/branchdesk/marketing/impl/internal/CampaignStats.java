package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchdesk.marketing.api.CampaignContact;
import org.branchdesk.marketing.api.OptOut;
import org.branchdesk.marketing.impl.internal.jpa.CampaignStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * Campaign figures for the rest of this bundle (cross-selling figures, the view section): no
 * caller and no audit here, so each user checks the roles and audits its own read.
 */
@Component(service = CampaignStats.class)
public final class CampaignStats {

    /**
     * One manager's campaign contacts over a period (the manager who owned the targets at launch;
     * {@code ""} for targets who had none).
     */
    public record ManagerContacts(String manager, long contacts, long customersContacted, long customersBought, BigDecimal amount) {
    }

    /** A launched campaign a customer is a target of. */
    public record ActiveCampaign(long id, String name) {
    }

    private final TransactionControl tx;
    private final CampaignStore store;
    private final JpaOptOuts optOuts;
    private final ModuleClock clock;

    @Activate
    public CampaignStats(@Reference TransactionControl tx, @Reference(target = "(osgi.unit.name=branchdesk.marketing)") JPAEntityManagerProvider provider,
            @Reference JpaOptOuts optOuts, @Reference ModuleClock clock) {
        this.tx = tx;
        this.store = new CampaignStore(provider.getResource(tx));
        this.optOuts = optOuts;
        this.clock = clock;
    }

    /** Per manager, the contacts made from {@code from} to {@code to} (both days inclusive, in the module's zone). */
    public List<ManagerContacts> contactsByManager(LocalDate from, LocalDate to) {
        long start = from.atStartOfDay(clock.zone()).toInstant().toEpochMilli();
        long end = to.plusDays(1).atStartOfDay(clock.zone()).toInstant().toEpochMilli();
        // JDBC on the transaction's connection: a transaction, not only a scope, gives one
        return TxScopes.required(tx, () -> {
            Map<String, BigDecimal> amounts = new HashMap<>();
            List<ManagerContacts> rows = new ArrayList<>();
            store.byManager(start, end, amounts).forEach((m, c) -> rows.add(new ManagerContacts(m, c[0], c[1], c[2], amounts.get(m))));
            return List.copyOf(rows);
        });
    }

    /** The LAUNCHED campaigns the customer is a target of, by id. */
    public List<ActiveCampaign> activeCampaignsOf(String customerId) {
        return TxScopes.supports(tx, () -> store.activeOf(customerId).stream().map(c -> new ActiveCampaign(c.id, c.name)).toList());
    }

    /** The customer's newest marketing contact, or empty. */
    public Optional<CampaignContact> lastContact(String customerId) {
        return TxScopes.supports(tx, () -> Optional.ofNullable(store.lastContact(customerId)).map(CampaignRecords::contact));
    }

    /** The customer's opt-outs in force. */
    public List<OptOut> optOuts(String customerId) {
        return optOuts.inForce(customerId);
    }
}
