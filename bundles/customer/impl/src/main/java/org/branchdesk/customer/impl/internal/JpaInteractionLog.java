package org.branchdesk.customer.impl.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.Interaction;
import org.branchdesk.customer.api.InteractionInput;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.customer.impl.internal.jpa.InteractionEntity;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.rest.Params;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.TransactionStatus;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * The interaction log in the customer unit: append-only, read by the staff who read customers,
 * each read audited against the customer ({@code INTERACTIONS}) and each record too
 * ({@code RECORD_INTERACTION}). A recorded contact is posted as {@link #RECORDED} once it has
 * committed.
 */
@Component
public final class JpaInteractionLog implements InteractionLog {

    /** Event Admin topic of a recorded contact, posted after the commit. */
    public static final String RECORDED = "org/branchdesk/customer/INTERACTION_RECORDED";

    private final TransactionControl tx;
    private final EntityManager em;
    private final AuditLog audit;
    private final EventAdmin events;
    private final Interactions interactions;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaInteractionLog(@Reference TransactionControl tx, @Reference(target = JpaCustomerService.UNIT) JPAEntityManagerProvider provider,
            @Reference AuditLog audit, @Reference EventAdmin events) {
        this.tx = tx;
        this.em = provider.getResource(tx);
        this.audit = audit;
        this.events = events;
        this.interactions = new Interactions(em);
    }

    @Override
    public Interaction record(String customerId, InteractionInput input, String module, Caller caller) {
        caller.require(CustomerAccess.READ, "recording a contact with a customer");
        Instant now = clock.instant();
        InteractionRules.Checked checked = InteractionRules.check(input, module, now);
        return Scopes.required(tx, () -> {
            known(customerId);
            InteractionEntity e = new InteractionEntity();
            e.customerId = customerId;
            e.staff = caller.username();
            e.atMillis = checked.at().toEpochMilli();
            e.channel = checked.channel();
            e.purpose = checked.purpose();
            e.outcome = checked.outcome();
            e.note = checked.note();
            e.module = checked.module();
            e.recordedMillis = now.toEpochMilli();
            em.persist(e);
            em.flush();
            audit.record(caller, customerId, "RECORD_INTERACTION", checked.channel().name());
            Interaction recorded = Interactions.toRecord(e);
            // posted when the scope commits, the caller's own if it has one: no event for a contact that rolled back
            tx.getCurrentContext().postCompletion(status -> {
                if (status == TransactionStatus.COMMITTED) {
                    post(recorded);
                }
            });
            return recorded;
        });
    }

    @Override
    public List<Interaction> of(String customerId, int limit, Caller caller) {
        caller.require(CustomerAccess.READ, "reading a customer's contacts");
        int max = InteractionRules.limit(limit);
        return Scopes.required(tx, () -> {
            known(customerId);
            audit.record(caller, customerId, "INTERACTIONS", null);
            return interactions.newest(customerId, max);
        });
    }

    @Override
    public Map<String, Interaction> latest(Collection<String> customerIds, Caller caller) {
        caller.require(CustomerAccess.READ, "reading customers' contacts");
        if (customerIds == null || customerIds.isEmpty()) {
            return Map.of();
        }
        return Scopes.required(tx, () -> {
            Map<String, Interaction> latest = interactions.latest(customerIds);
            // in one scope the audit log waits for the disk once, however many customers
            latest.keySet().forEach(id -> audit.record(caller, id, "INTERACTIONS", "latest"));
            return Map.copyOf(latest);
        });
    }

    @Override
    public int countSince(String customerId, Instant since, Caller caller) {
        caller.require(CustomerAccess.READ, "counting a customer's contacts");
        if (since == null) {
            throw new InvalidInputException("since", "is required");
        }
        Params.checked("since", since);
        if (customerId == null || customerId.isBlank()) {
            return 0;
        }
        return Scopes.supports(tx, () -> interactions.countSince(customerId, since));
    }

    private void known(String customerId) {
        if (customerId == null || customerId.isBlank() || em.find(CustomerEntity.class, customerId) == null) {
            throw new NotFoundException("customer", customerId);
        }
    }

    /** Posted, not sent: recording does not wait for the handlers. */
    private void post(Interaction i) {
        Map<String, Object> props = new HashMap<>();
        props.put("customerId", i.customerId());
        props.put("staff", i.staff());
        props.put("channel", i.channel().name());
        props.put("at", i.at().toEpochMilli());
        props.put("module", i.module());
        events.postEvent(new Event(RECORDED, props));
    }
}
