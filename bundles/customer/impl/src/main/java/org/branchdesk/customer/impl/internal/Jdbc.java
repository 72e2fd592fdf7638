package org.branchdesk.customer.impl.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

import javax.persistence.EntityManager;

/**
 * Reading and writing many rows on the transaction's own connection, where an entity at a time
 * would take minutes for a file of a million rows.
 */
final class Jdbc {

    /** Statements sent to the database at once. */
    private static final int BATCH = 1000;
    /** Above this many keys, reading the whole table once beats asking key by key. */
    private static final int SCAN_ALL_ABOVE = 50_000;

    private Jdbc() {
    }

    /** The transaction's own JDBC connection, so that JDBC and JPA work commit or roll back together. */
    static Connection connection(EntityManager em) {
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("no JDBC connection in this transaction");
        }
        return c;
    }

    /** Whether the table has no row: a first load, into which nothing stored can conflict. */
    static boolean isEmpty(Connection db, String table) throws SQLException {
        try (PreparedStatement any = db.prepareStatement("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY");
                ResultSet rs = any.executeQuery()) {
            return !rs.next();
        }
    }

    /** Calls back with every row of the query. */
    static void scan(Connection db, String sql, Row row) throws SQLException {
        try (PreparedStatement all = db.prepareStatement(sql); ResultSet rs = all.executeQuery()) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    /**
     * Reads the rows matching these keys (a {@code String}, or a {@code String[]} for a key of
     * several columns): one indexed probe per key for a few thousand keys, one pass over the
     * table for more. (Derby's optimiser turns a long {@code IN} list into a table scan per
     * query, which made large imports quadratic.) A scan may call back with rows of other keys:
     * callers look up what they need.
     */
    static void lookUp(Connection db, Collection<?> keys, String probeSql, String scanSql, Row row) throws SQLException {
        if (keys.size() > SCAN_ALL_ABOVE) {
            scan(db, scanSql, row);
            return;
        }
        try (PreparedStatement probe = db.prepareStatement(probeSql)) {
            for (Object key : keys) {
                if (key instanceof String[] parts) {
                    for (int i = 0; i < parts.length; i++) {
                        probe.setString(i + 1, parts[i]);
                    }
                } else {
                    probe.setString(1, (String) key);
                }
                try (ResultSet rs = probe.executeQuery()) {
                    while (rs.next()) {
                        row.read(rs);
                    }
                }
            }
        }
    }

    /** Adds the statement's current parameters to its batch, and sends the batch when it is full. */
    static int addBatch(PreparedStatement s, int pending) throws SQLException {
        s.addBatch();
        if (pending + 1 >= BATCH) {
            s.executeBatch();
            return 0;
        }
        return pending + 1;
    }

    /** One row of a result. */
    @FunctionalInterface
    interface Row {
        void read(ResultSet rs) throws SQLException;
    }
}
