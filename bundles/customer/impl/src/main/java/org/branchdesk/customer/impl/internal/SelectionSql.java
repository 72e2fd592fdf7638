package org.branchdesk.customer.impl.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.api.TargetCriteria;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.customer.impl.internal.jpa.HoldingEntity;
import org.branchdesk.platform.api.InvalidInputException;

/**
 * A selection's criteria as one SQL {@code WHERE} clause over the customer table (alias
 * {@code c}) with its bind parameters: holds and lacks as {@code EXISTS} / {@code NOT EXISTS} on
 * the holdings with a positive balance (the holdings' key, customer then category, answers each
 * probe), maturities on the holdings' maturity date, the age band on the birth date against
 * today. No value is ever written into the SQL text.
 */
final class SelectionSql {

    /** The longest look-ahead for maturities: a year, as planning reads (BookScope). */
    static final int MAX_DAYS = BookScope.MAX_DAYS;
    static final int MAX_AGE = 150;

    private final String where;
    private final List<Object> params;

    private SelectionSql(String where, List<Object> params) {
        this.where = where;
        this.params = params;
    }

    /** The clause, {@code ""} for every customer, else {@code " WHERE ..."}. */
    String where() {
        return where;
    }

    List<Object> params() {
        return params;
    }

    /** Binds the parameters from {@code first} on; returns the next free index. */
    int bind(PreparedStatement s, int first) throws SQLException {
        int i = first;
        for (Object p : params) {
            if (p instanceof String v) {
                s.setString(i++, v);
            } else if (p instanceof BigDecimal v) {
                s.setBigDecimal(i++, v);
            } else if (p instanceof LocalDate v) {
                s.setDate(i++, Date.valueOf(v));
            } else if (p instanceof Boolean v) {
                s.setBoolean(i++, v);
            } else {
                throw new IllegalStateException("unexpected parameter type");
            }
        }
        return i;
    }

    /** Checks the criteria (400 naming the criterion) and makes the clause for {@code today}. */
    static SelectionSql of(TargetCriteria c, LocalDate today) {
        check(c);
        List<String> and = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (c.segments() != null && !c.segments().isEmpty()) {
            Set<Segment> segments = c.segments().stream().filter(s -> s != null).collect(Collectors.toCollection(() -> EnumSet.noneOf(Segment.class)));
            and.add("c." + CustomerEntity.SEGMENT + " IN (" + marks(segments.size()) + ")");
            segments.forEach(s -> params.add(s.name()));
        }
        if (c.minAssets() != null) {
            and.add("c." + CustomerEntity.AVERAGE_ASSETS + " >= ?");
            params.add(c.minAssets());
        }
        if (c.maxAssets() != null) {
            and.add("c." + CustomerEntity.AVERAGE_ASSETS + " < ?");
            params.add(c.maxAssets());
        }
        if (c.potentialPremium() != null) {
            and.add("c." + CustomerEntity.POTENTIAL_PREMIUM + " = ?");
            params.add(c.potentialPremium());
        }
        for (ProductCategory held : sorted(c.holds())) {
            and.add("EXISTS (" + HOLDING + ")");
            params.add(held.name());
        }
        Set<ProductCategory> lacks = sorted(c.lacks());
        if (!lacks.isEmpty()) {
            and.add("NOT EXISTS (SELECT 1 FROM " + HoldingEntity.TABLE + " h WHERE h." + HoldingEntity.CUSTOMER_ID + " = c." + CustomerEntity.ID
                    + " AND h." + HoldingEntity.CATEGORY + " IN (" + marks(lacks.size()) + ") AND h." + HoldingEntity.AMOUNT + " > 0)");
            lacks.forEach(l -> params.add(l.name()));
        }
        if (c.maturingWithinDays() != null) {
            and.add("EXISTS (SELECT 1 FROM " + HoldingEntity.TABLE + " m WHERE m." + HoldingEntity.CUSTOMER_ID + " = c." + CustomerEntity.ID
                    + " AND m." + HoldingEntity.MATURITY_DATE + " BETWEEN ? AND ?)");
            params.add(today);
            params.add(today.plusDays(c.maturingWithinDays()));
        }
        if (c.minAge() != null) {
            // aged at least n today: born on or before today n years ago
            and.add("c." + CustomerEntity.BIRTH_DATE + " <= ?");
            params.add(today.minusYears(c.minAge()));
        }
        if (c.maxAge() != null) {
            // aged at most n today: born after today n + 1 years ago
            and.add("c." + CustomerEntity.BIRTH_DATE + " > ?");
            params.add(today.minusYears(c.maxAge() + 1L));
        }
        if (c.manager() != null && !c.manager().isBlank()) {
            and.add("c." + CustomerEntity.MANAGER + " = ?");
            params.add(c.manager().trim());
        }
        if (c.hasManager() != null) {
            and.add("c." + CustomerEntity.MANAGER + (c.hasManager() ? " IS NOT NULL" : " IS NULL"));
        }
        return new SelectionSql(and.isEmpty() ? "" : " WHERE " + String.join(" AND ", and), List.copyOf(params));
    }

    private static final String HOLDING = "SELECT 1 FROM " + HoldingEntity.TABLE + " h WHERE h." + HoldingEntity.CUSTOMER_ID + " = c."
            + CustomerEntity.ID + " AND h." + HoldingEntity.CATEGORY + " = ? AND h." + HoldingEntity.AMOUNT + " > 0";

    /** 400 naming the first criterion that cannot select anything meaningful. */
    static void check(TargetCriteria c) {
        if (c == null) {
            throw new InvalidInputException("criteria", "required (TargetCriteria.any() for every customer)");
        }
        if (c.minAssets() != null && c.minAssets().signum() < 0) {
            throw new InvalidInputException("minAssets", "must be 0 or more");
        }
        if (c.maxAssets() != null && c.maxAssets().signum() < 0) {
            throw new InvalidInputException("maxAssets", "must be 0 or more");
        }
        amount("minAssets", c.minAssets());
        amount("maxAssets", c.maxAssets());
        if (c.minAssets() != null && c.maxAssets() != null && c.minAssets().compareTo(c.maxAssets()) > 0) {
            throw new InvalidInputException("maxAssets", "is below minAssets (" + c.minAssets().toPlainString() + ")");
        }
        if (c.maturingWithinDays() != null && (c.maturingWithinDays() < 1 || c.maturingWithinDays() > MAX_DAYS)) {
            throw new InvalidInputException("maturingWithinDays", "must be 1 to " + MAX_DAYS);
        }
        if (c.minAge() != null && (c.minAge() < 0 || c.minAge() > MAX_AGE)) {
            throw new InvalidInputException("minAge", "must be 0 to " + MAX_AGE);
        }
        if (c.maxAge() != null && (c.maxAge() < 0 || c.maxAge() > MAX_AGE)) {
            throw new InvalidInputException("maxAge", "must be 0 to " + MAX_AGE);
        }
        if (c.minAge() != null && c.maxAge() != null && c.minAge() > c.maxAge()) {
            throw new InvalidInputException("maxAge", "is below minAge (" + c.minAge() + ")");
        }
        if (c.holds() != null && c.lacks() != null) {
            for (ProductCategory p : c.holds()) {
                if (p != null && c.lacks().contains(p)) {
                    throw new InvalidInputException("lacks", p + " is also in holds: no customer can match");
                }
            }
        }
        if (c.manager() != null && !c.manager().isBlank() && Boolean.FALSE.equals(c.hasManager())) {
            throw new InvalidInputException("hasManager", "false contradicts manager " + c.manager().trim());
        }
    }

    /** An amount the assets column (precision 19, scale 2) can be compared with. */
    private static void amount(String field, BigDecimal value) {
        if (value != null && (value.scale() > 2 || value.precision() - value.scale() > 17)) {
            throw new InvalidInputException(field, "an amount in CNY: at most 17 digits before the point and 2 after");
        }
    }

    /** A short, stable description of the criteria for the audit log (no customer data). */
    static String describe(TargetCriteria c) {
        List<String> parts = new ArrayList<>();
        if (c.segments() != null && !c.segments().isEmpty()) {
            parts.add("segments " + new TreeSet<>(c.segments().stream().filter(s -> s != null).toList()));
        }
        add(parts, "minAssets", c.minAssets() == null ? null : c.minAssets().toPlainString());
        add(parts, "maxAssets", c.maxAssets() == null ? null : c.maxAssets().toPlainString());
        add(parts, "potentialPremium", c.potentialPremium());
        if (c.holds() != null && !c.holds().isEmpty()) {
            parts.add("holds " + sorted(c.holds()));
        }
        if (c.lacks() != null && !c.lacks().isEmpty()) {
            parts.add("lacks " + sorted(c.lacks()));
        }
        add(parts, "maturingWithinDays", c.maturingWithinDays());
        add(parts, "minAge", c.minAge());
        add(parts, "maxAge", c.maxAge());
        add(parts, "manager", c.manager() == null || c.manager().isBlank() ? null : c.manager().trim());
        add(parts, "hasManager", c.hasManager());
        return parts.isEmpty() ? "every customer" : String.join("; ", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + " " + value);
        }
    }

    private static Set<ProductCategory> sorted(Set<ProductCategory> categories) {
        Set<ProductCategory> s = EnumSet.noneOf(ProductCategory.class);
        if (categories != null) {
            categories.stream().filter(p -> p != null).forEach(s::add);
        }
        return s;
    }

    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
