package org.branchdesk.marketing.impl.internal;

import java.util.List;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.Channel;
import org.branchdesk.marketing.api.OptOut;
import org.branchdesk.marketing.api.OptOuts;
import org.branchdesk.marketing.impl.internal.jpa.CampaignStore;
import org.branchdesk.marketing.impl.internal.jpa.OptOutEntity;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * Opt-outs of marketing, recorded by whoever of the staff hears the customer say so; a contact
 * reads them at its own moment ({@link CampaignContacts}), so one recorded mid-campaign holds
 * from the next contact on. Recording, withdrawing and reading are audited.
 */
@Component(service = { OptOuts.class, JpaOptOuts.class })
public final class JpaOptOuts implements OptOuts {

    private final TransactionControl tx;
    private final CampaignStore store;
    private final AssignmentService assignments;
    private final AuditLog audit;
    private final ModuleClock clock;

    @Activate
    public JpaOptOuts(@Reference TransactionControl tx, @Reference(target = "(osgi.unit.name=branchdesk.marketing)") JPAEntityManagerProvider provider,
            @Reference AssignmentService assignments, @Reference AuditLog audit, @Reference ModuleClock clock) {
        this.tx = tx;
        this.store = new CampaignStore(provider.getResource(tx));
        this.assignments = assignments;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public OptOut optOut(String customerId, Channel channel, Long campaignId, String note, Caller caller) {
        caller.require(MarketingAccess.SERVE, "recording an opt-out");
        String id = customer(customerId, caller);
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > CampaignRules.NOTE_MAX) {
            throw new InvalidInputException("note", "at most " + CampaignRules.NOTE_MAX + " characters");
        }
        return TxScopes.required(tx, () -> {
            if (campaignId != null && store.find(campaignId) == null) {
                throw new InvalidInputException("campaignId", "there is no campaign " + campaignId);
            }
            OptOutEntity o = new OptOutEntity();
            o.customerId = id;
            o.channel = channel == null ? null : channel.name();
            o.campaignId = campaignId;
            o.recordedBy = caller.username();
            o.at = clock.now().toEpochMilli();
            o.note = n;
            store.add(o);
            audit.record(caller, id, "OPT_OUT", describe(o));
            return CampaignRecords.optOut(o);
        });
    }

    @Override
    public OptOut withdraw(long optOutId, Caller caller) {
        caller.require(MarketingAccess.SERVE, "withdrawing an opt-out");
        return TxScopes.required(tx, () -> {
            OptOutEntity o = store.optOut(optOutId);
            if (o == null) {
                throw new NotFoundException("opt-out", String.valueOf(optOutId));
            }
            long now = clock.now().toEpochMilli();
            if (!store.withdraw(optOutId, now, caller.username())) {
                throw new ConflictException("status", "opt-out " + optOutId + " was withdrawn already");
            }
            audit.record(caller, o.customerId, "OPT_OUT_WITHDRAWN", describe(o));
            // the bulk update does not change the entity already read
            o.withdrawnAt = now;
            o.withdrawnBy = caller.username();
            return CampaignRecords.optOut(o);
        });
    }

    @Override
    public List<OptOut> of(String customerId, Caller caller) {
        caller.require(MarketingAccess.SERVE, "reading a customer's opt-outs");
        String id = customer(customerId, caller);
        return TxScopes.required(tx, () -> {
            audit.record(caller, id, "OPT_OUTS", null);
            return store.optOuts(id).stream().map(CampaignRecords::optOut).toList();
        });
    }

    /** The customer's opt-outs in force, unaudited: for the view section, which audits its own read. */
    List<OptOut> inForce(String customerId) {
        return TxScopes.supports(tx, () -> store.optOuts(customerId).stream().filter(o -> o.withdrawnAt == null)
                .map(CampaignRecords::optOut).toList());
    }

    /** The customer number, of a customer that exists (404 otherwise). */
    private String customer(String customerId, Caller caller) {
        if (customerId == null || customerId.isBlank()) {
            throw new InvalidInputException("customerId", "is required");
        }
        String id = customerId.trim();
        assignments.current(id, caller);
        return id;
    }

    private static String describe(OptOutEntity o) {
        return "opt-out " + o.id + ": " + (o.channel == null ? "every channel" : o.channel) + ", "
                + (o.campaignId == null ? "every campaign" : "campaign " + o.campaignId);
    }
}
