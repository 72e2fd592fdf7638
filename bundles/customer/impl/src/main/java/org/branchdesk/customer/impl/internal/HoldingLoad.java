package org.branchdesk.customer.impl.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.branchdesk.customer.impl.internal.csv.HoldingRow;
import org.branchdesk.customer.impl.internal.jpa.HoldingEntity;
import org.branchdesk.platform.persistence.RowLoader;

/** Writes checked holding rows: a row replaces the customer's amount in its category, or adds the category. */
final class HoldingLoad {

    private static final List<String> COLUMNS = List.of(HoldingEntity.CUSTOMER_ID, HoldingEntity.CATEGORY, HoldingEntity.AMOUNT);
    private static final List<String> KEY = List.of(HoldingEntity.CUSTOMER_ID, HoldingEntity.CATEGORY);
    private static final String HELD_BY_CUSTOMER = Sql.select(HoldingEntity.TABLE, KEY, HoldingEntity.CUSTOMER_ID);
    private static final String ALL_HELD = Sql.select(HoldingEntity.TABLE, KEY);
    private static final String UPDATE = Sql.update(HoldingEntity.TABLE, List.of(HoldingEntity.AMOUNT), HoldingEntity.CUSTOMER_ID,
            HoldingEntity.CATEGORY);

    private final RowLoader rowLoader;

    HoldingLoad(RowLoader rowLoader) {
        this.rowLoader = rowLoader;
    }

    /** Whether no holding is stored: a first load. */
    static boolean isFirst(Connection db) throws SQLException {
        return Jdbc.isEmpty(db, HoldingEntity.TABLE);
    }

    /** Writes a checked file over what is stored; returns how many holdings were added. */
    int merge(Connection db, List<HoldingRow> rows) throws SQLException {
        Set<String> held = new HashSet<>();
        Jdbc.lookUp(db, rows.stream().map(HoldingRow::customerId).distinct().toList(), HELD_BY_CUSTOMER, ALL_HELD,
                rs -> held.add(rs.getString(1) + "|" + rs.getString(2)));
        List<HoldingRow> added = new ArrayList<>();
        try (PreparedStatement update = db.prepareStatement(UPDATE)) {
            int pending = 0;
            for (HoldingRow row : rows) {
                if (!held.contains(row.customerId() + "|" + row.category().name())) {
                    added.add(row);
                    continue;
                }
                update.setBigDecimal(1, row.amount());
                update.setString(2, row.customerId());
                update.setString(3, row.category().name());
                pending = Jdbc.addBatch(update, pending);
            }
            update.executeBatch();
        }
        rowLoader.insert(db, HoldingEntity.TABLE, COLUMNS, added.stream().map(HoldingLoad::values).iterator());
        return added.size();
    }

    /**
     * Into an empty table every row is new (the file has no duplicate customer and category): the
     * rows are written as they come, those {@code accepted} (a check that refuses one has recorded
     * why). Returns how many were written.
     */
    long first(Connection db, Iterator<HoldingRow> rows, Predicate<HoldingRow> accepted) throws SQLException {
        return rowLoader.insert(db, HoldingEntity.TABLE, COLUMNS, Accepted.values(rows, row -> accepted.test(row) ? values(row) : null));
    }

    private static Object[] values(HoldingRow row) {
        return new Object[] { row.customerId(), row.category().name(), row.amount() };
    }
}
