package org.branchdesk.counter.impl.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchdesk.counter.api.RequestStatus;
import org.branchdesk.counter.impl.internal.jpa.RequestEntity;
import org.branchdesk.counter.impl.internal.jpa.RequestQueries;
import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.CustomerViewSection;
import org.branchdesk.customer.api.ViewContext;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * "Counter business" in the unified view: the customer's pending requests and the most recent
 * others, for the counter roles, the centre head and the customer's own manager (or any customer
 * manager for a customer without one). One query; identifier fields masked as every answer of
 * the module masks them. What was shown is audited once per view, when there is anything.
 */
@Component
@ServiceRanking(160)
public final class CounterSection implements CustomerViewSection {

    /** One request as the view shows it. */
    public record Item(long id, int version, String type, RequestStatus status, BigDecimal amount, String currency,
            Map<String, String> fields, String maker, Instant submittedAt, Instant expiresAt, String reason) {
    }

    /** What the section shows. */
    public record Content(List<Item> pending, List<Item> recent) {
    }

    static final int RECENT = 10;

    private final TransactionControl tx;
    private final RequestQueries queries;
    private final TypeRegistry types;
    private final AuditLog audit;

    @Activate
    public CounterSection(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.counter)") JPAEntityManagerProvider provider, @Reference TypeRegistry types,
            @Reference AuditLog audit) {
        this.tx = tx;
        this.queries = new RequestQueries(provider.getResource(tx));
        this.types = types;
        this.audit = audit;
    }

    @Override
    public String id() {
        return "counter";
    }

    @Override
    public String title() {
        return "Counter business (业务处理): pending and recent requests";
    }

    @Override
    public Optional<Object> contribute(ViewContext context) {
        Customer customer = context.customer();
        Caller caller = context.caller();
        if (!sees(caller, customer.manager())) {
            return Optional.empty();
        }
        return Optional.of(TxScopes.required(tx, () -> {
            List<RequestEntity> rows = queries.section(customer.id(), RECENT + 20);
            Content c = content(rows, caller);
            if (!c.pending().isEmpty() || !c.recent().isEmpty()) {
                audit.record(caller, customer.id(), "COUNTER_READ", "view section: requests " + rows.stream()
                        .limit(c.pending().size() + c.recent().size()).map(r -> r.id + " v" + r.version).toList());
            }
            return c;
        }));
    }

    private Content content(List<RequestEntity> rows, Caller caller) {
        List<Item> pending = new ArrayList<>();
        List<Item> recent = new ArrayList<>();
        for (RequestEntity r : rows) {
            boolean isPending = RequestStatus.PENDING.name().equals(r.status);
            if (!isPending && recent.size() >= RECENT) {
                continue;
            }
            var full = RequestRecords.of(r, List.of(), types.kinds(r.type), caller);
            Item i = new Item(r.id, r.version, r.type, full.status(), r.amount, r.currency, full.fields(), r.maker, full.submittedAt(),
                    full.expiresAt(), r.reason);
            (isPending ? pending : recent).add(i);
        }
        return new Content(List.copyOf(pending), List.copyOf(recent));
    }

    /** The counter roles and the centre head; a customer manager for their own customers (or one without a manager). */
    static boolean sees(Caller caller, String manager) {
        if (caller.hasAny(Role.TELLER, Role.BUSINESS_OFFICER, Role.OPERATIONS_SUPERVISOR, Role.CENTER_HEAD)) {
            return true;
        }
        return caller.has(Role.CUSTOMER_MANAGER) && (manager == null || manager.equals(caller.username()));
    }
}
