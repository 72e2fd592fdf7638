package org.branchdesk.customer.impl.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.branchdesk.customer.impl.internal.csv.HoldingRow;
import org.branchdesk.customer.impl.internal.jpa.HoldingEntity;
import org.branchdesk.platform.persistence.RowLoader;

/**
 * Writes checked holding rows: a row replaces the customer's amount and maturity date in its
 * category, or adds the category, recording the import's day as the day it was first seen (an
 * acquisition). A branch's first load records no acquisition: it is where the branch starts.
 */
final class HoldingLoad {

    /** What the first load writes: FIRST_SEEN stays null, so the bulk load writes no column more than it needs. */
    private static final List<String> FIRST_COLUMNS = List.of(HoldingEntity.CUSTOMER_ID, HoldingEntity.CATEGORY, HoldingEntity.AMOUNT,
            HoldingEntity.MATURITY_DATE);
    private static final List<String> ADDED_COLUMNS = List.of(HoldingEntity.CUSTOMER_ID, HoldingEntity.CATEGORY, HoldingEntity.AMOUNT,
            HoldingEntity.MATURITY_DATE, HoldingEntity.FIRST_SEEN);
    private static final List<String> KEY = List.of(HoldingEntity.CUSTOMER_ID, HoldingEntity.CATEGORY);
    private static final String HELD_BY_CUSTOMER = Sql.select(HoldingEntity.TABLE, KEY, HoldingEntity.CUSTOMER_ID);
    private static final String ALL_HELD = Sql.select(HoldingEntity.TABLE, KEY);
    private static final String UPDATE = Sql.update(HoldingEntity.TABLE, List.of(HoldingEntity.AMOUNT, HoldingEntity.MATURITY_DATE),
            HoldingEntity.CUSTOMER_ID, HoldingEntity.CATEGORY);

    private final RowLoader rowLoader;

    HoldingLoad(RowLoader rowLoader) {
        this.rowLoader = rowLoader;
    }

    /** Whether no holding is stored: a first load. */
    static boolean isFirst(Connection db) throws SQLException {
        return Jdbc.isEmpty(db, HoldingEntity.TABLE);
    }

    /**
     * Writes a checked file over what is stored, the categories it adds first seen on {@code today};
     * returns how many holdings were added.
     */
    int merge(Connection db, List<HoldingRow> rows, LocalDate today) throws SQLException {
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
                // the later file says what matures when: a row without a date clears it
                if (row.maturityDate() == null) {
                    update.setNull(2, Types.DATE);
                } else {
                    update.setDate(2, Date.valueOf(row.maturityDate()));
                }
                update.setString(3, row.customerId());
                update.setString(4, row.category().name());
                pending = Jdbc.addBatch(update, pending);
            }
            update.executeBatch();
        }
        rowLoader.insert(db, HoldingEntity.TABLE, ADDED_COLUMNS,
                added.stream().map(row -> new Object[] { row.customerId(), row.category().name(), row.amount(), row.maturityDate(), today })
                        .iterator());
        return added.size();
    }

    /**
     * Into an empty table every row is new (the file has no duplicate customer and category): the
     * rows are written as they come, those {@code accepted} (a check that refuses one has recorded
     * why). Returns how many were written.
     */
    long first(Connection db, Iterator<HoldingRow> rows, Predicate<HoldingRow> accepted) throws SQLException {
        return rowLoader.insert(db, HoldingEntity.TABLE, FIRST_COLUMNS, Accepted.values(rows, row -> accepted.test(row)
                ? new Object[] { row.customerId(), row.category().name(), row.amount(), row.maturityDate() }
                : null));
    }
}
