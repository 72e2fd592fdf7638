package org.branchdesk.customer.impl.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.CustomerSelection;
import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.api.TargetCriteria;
import org.branchdesk.customer.api.TargetCustomer;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.customer.impl.internal.jpa.HoldingEntity;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * Selections over every customer as one SQL statement each on the transaction's connection
 * ({@link SelectionSql} makes the {@code WHERE} clause), for campaigns' target lists and other
 * modules' figures. The centre head selects over the branch; a customer manager over their own
 * customers only (the criteria must name them as manager); anyone else is refused. Each call
 * leaves one {@code SELECTION} entry in the audit log with its criteria and count.
 */
@Component
public final class JpaCustomerSelection implements CustomerSelection {

    static final int MAX_LIMIT = 2_000_000;
    private static final Set<Role> SELECT = Set.of(Role.CENTER_HEAD, Role.CUSTOMER_MANAGER);
    private static final String ACTION = "SELECTION";

    private static final String COLUMNS = "SELECT c." + CustomerEntity.ID + ", c." + CustomerEntity.MANAGER + ", c." + CustomerEntity.SEGMENT
            + ", c." + CustomerEntity.AVERAGE_ASSETS + ", c." + CustomerEntity.POTENTIAL_PREMIUM + " FROM " + CustomerEntity.TABLE + " c";
    private static final String COUNT = "SELECT COUNT(*) FROM " + CustomerEntity.TABLE + " c";
    private static final String FAMILIES = "SELECT n, COUNT(*) FROM (SELECT (SELECT COUNT(*) FROM " + HoldingEntity.TABLE + " h WHERE h."
            + HoldingEntity.CUSTOMER_ID + " = c." + CustomerEntity.ID + " AND h." + HoldingEntity.AMOUNT + " > 0) AS n FROM "
            + CustomerEntity.TABLE + " c%s) t GROUP BY n";
    private static final String HELD = "SELECT h." + HoldingEntity.CUSTOMER_ID + ", h." + HoldingEntity.CATEGORY + ", c." + CustomerEntity.MANAGER
            + " FROM " + HoldingEntity.TABLE + " h JOIN " + CustomerEntity.TABLE + " c ON c." + CustomerEntity.ID + " = h."
            + HoldingEntity.CUSTOMER_ID + " WHERE h." + HoldingEntity.AMOUNT + " > 0";
    private static final String HELD_BY = HELD + " AND h." + HoldingEntity.CUSTOMER_ID + " = ?";

    /** Tests (and a branch with a special calendar) may register a Clock with branchdesk.clock=true: "today" of maturities and ages. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            target = "(branchdesk.clock=true)")
    private volatile Clock clock;

    private final TransactionControl tx;
    private final EntityManager em;
    private final AuditLog audit;

    @Activate
    public JpaCustomerSelection(@Reference TransactionControl tx, @Reference(target = JpaCustomerService.UNIT) JPAEntityManagerProvider provider,
            @Reference AuditLog audit) {
        this.tx = tx;
        this.em = provider.getResource(tx);
        this.audit = audit;
    }

    @Override
    public List<TargetCustomer> select(TargetCriteria criteria, int limit, Caller caller) {
        allowed(criteria, caller);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be 1 to " + MAX_LIMIT);
        }
        SelectionSql sql = SelectionSql.of(criteria, today());
        return Scopes.required(tx, () -> {
            List<TargetCustomer> found = new ArrayList<>();
            Connection db = Jdbc.connection(em);
            try (PreparedStatement q = db.prepareStatement(COLUMNS + sql.where() + " ORDER BY c." + CustomerEntity.ID + " FETCH FIRST ? ROWS ONLY")) {
                q.setInt(sql.bind(q, 1), limit);
                q.setFetchSize(1000);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String segment = rs.getString(3);
                        found.add(new TargetCustomer(rs.getString(1), rs.getString(2), segment == null ? null : Segment.valueOf(segment),
                                rs.getBigDecimal(4), rs.getBoolean(5)));
                    }
                }
            }
            audit.record(caller, null, ACTION, "select " + SelectionSql.describe(criteria) + ": " + found.size() + " customers");
            return List.copyOf(found);
        });
    }

    @Override
    public long count(TargetCriteria criteria, Caller caller) {
        allowed(criteria, caller);
        SelectionSql sql = SelectionSql.of(criteria, today());
        return Scopes.required(tx, () -> {
            long n;
            try (PreparedStatement q = Jdbc.connection(em).prepareStatement(COUNT + sql.where())) {
                sql.bind(q, 1);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    n = rs.getLong(1);
                }
            }
            audit.record(caller, null, ACTION, "count " + SelectionSql.describe(criteria) + ": " + n + " customers");
            return n;
        });
    }

    @Override
    public Map<String, Set<ProductCategory>> familiesHeld(Collection<String> customerIds, Caller caller) {
        caller.require(SELECT, "selecting customers");
        // a customer manager learns only of their own customers: others' are absent, as customers holding nothing are
        String own = BookScope.ownOnly(caller) ? caller.username() : null;
        Set<String> ids = new HashSet<>();
        if (customerIds != null) {
            customerIds.stream().filter(id -> id != null && !id.isBlank()).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Scopes.required(tx, () -> {
            Map<String, Set<ProductCategory>> held = new HashMap<>();
            Jdbc.lookUp(Jdbc.connection(em), ids, HELD_BY, HELD, rs -> {
                String id = rs.getString(1);
                if (ids.contains(id) && (own == null || own.equals(rs.getString(3)))) {
                    held.computeIfAbsent(id, k -> EnumSet.noneOf(ProductCategory.class)).add(ProductCategory.valueOf(rs.getString(2)));
                }
            });
            audit.record(caller, null, ACTION, "families held of " + ids.size() + " customers: " + held.size() + " hold a balance");
            Map<String, Set<ProductCategory>> copy = new HashMap<>();
            held.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
            return Map.copyOf(copy);
        });
    }

    @Override
    public Map<Integer, Long> familyCounts(TargetCriteria criteria, Caller caller) {
        allowed(criteria, caller);
        SelectionSql sql = SelectionSql.of(criteria, today());
        return Scopes.required(tx, () -> {
            Map<Integer, Long> counts = new TreeMap<>();
            long total = 0;
            try (PreparedStatement q = Jdbc.connection(em).prepareStatement(String.format(FAMILIES, sql.where()))) {
                sql.bind(q, 1);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getInt(1), rs.getLong(2));
                        total += rs.getLong(2);
                    }
                }
            }
            audit.record(caller, null, ACTION, "family counts " + SelectionSql.describe(criteria) + ": " + total + " customers");
            return Map.copyOf(counts);
        });
    }

    /** The centre head selects over all customers; a customer manager only with themself as manager. */
    private static void allowed(TargetCriteria criteria, Caller caller) {
        caller.require(SELECT, "selecting customers");
        if (BookScope.ownOnly(caller)) {
            String manager = criteria == null || criteria.manager() == null ? null : criteria.manager().trim();
            if (!caller.username().equals(manager)) {
                throw new ForbiddenException("a customer manager selects only among their own customers (manager " + caller.username() + ")");
            }
        }
    }

    private LocalDate today() {
        Clock c = clock;
        return LocalDate.now(c == null ? Clock.systemDefaultZone() : c);
    }
}
