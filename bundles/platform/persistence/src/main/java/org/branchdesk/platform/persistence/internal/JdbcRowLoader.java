package org.branchdesk.platform.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.branchdesk.platform.persistence.RowLoader;
import org.osgi.service.component.annotations.Component;

/**
 * {@link RowLoader} for embedded Derby with a table function, for PostgreSQL with {@code COPY}
 * ({@link PostgresCopy}), for other databases with JDBC batches.
 *
 * <p>On Derby, {@code INSERT INTO t (...) SELECT * FROM TABLE(f(?))} reads the rows from
 * {@link RowFeed} in one statement; into an empty table Derby turns such an insert into a bulk
 * load (DERBY-4789: unlogged, indexes sorted at the end, rolled back by dropping the new
 * containers). The function {@code f} is declared once per table and column list, with the
 * column types read from the table itself, and kept in the schema.
 */
@Component
public final class JdbcRowLoader implements RowLoader {

    private static final int BATCH = 1000;
    /** Derby: "object already exists", when another transaction declared the same function first. */
    private static final String ALREADY_EXISTS = "X0Y68";

    @Override
    public long insert(Connection db, String table, List<String> columns, Iterator<Object[]> rows) throws SQLException {
        DatabaseMetaData meta = db.getMetaData();
        if ("Apache Derby".equals(meta.getDatabaseProductName()) && meta.getDriverName().contains("Embedded")) {
            return throughTableFunction(db, table, columns, rows);
        }
        if ("PostgreSQL".equals(meta.getDatabaseProductName())) {
            return PostgresCopy.copy(db, table, columns, rows);
        }
        return inBatches(db, table, columns, rows);
    }

    private static long throughTableFunction(Connection db, String table, List<String> columns, Iterator<Object[]> rows)
            throws SQLException {
        String function = declare(db, table, columns);
        int key = RowFeed.open(rows);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // Derby loads a function's class through the context class loader (it imports nothing of ours)
        thread.setContextClassLoader(RowFeed.class.getClassLoader());
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT * FROM TABLE("
                + function + "(?)) AS FEED")) {
            insert.setInt(1, key);
            return insert.executeLargeUpdate();
        } finally {
            thread.setContextClassLoader(before);
            RowFeed.close(key);
        }
    }

    /** The table function returning these columns of the table, declared in the current schema if it is not yet. */
    private static String declare(Connection db, String table, List<String> columns) throws SQLException {
        Map<String, String> types = columnTypes(db, table);
        String returns = columns.stream().map(c -> {
            String type = types.get(c.toUpperCase(Locale.ROOT));
            if (type == null) {
                throw new IllegalArgumentException(table + " has no column " + c);
            }
            return c + " " + type;
        }).collect(Collectors.joining(", "));
        // named after its whole signature, so that another table or column list never finds a function of a different shape
        String name = "BD_ROWS_" + UUID.nameUUIDFromBytes((table + "(" + returns + ")").getBytes(StandardCharsets.UTF_8)).toString()
                .replace("-", "").toUpperCase(Locale.ROOT);
        try (PreparedStatement exists = db.prepareStatement("SELECT 1 FROM SYS.SYSALIASES A JOIN SYS.SYSSCHEMAS S ON A.SCHEMAID = S.SCHEMAID"
                + " WHERE A.ALIAS = ? AND S.SCHEMANAME = CURRENT SCHEMA")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return name;
                }
            }
        }
        Savepoint savepoint = db.setSavepoint();
        try (Statement s = db.createStatement()) {
            s.execute("CREATE FUNCTION " + name + " (FEED INTEGER) RETURNS TABLE (" + returns + ") LANGUAGE JAVA"
                    + " PARAMETER STYLE DERBY_JDBC_RESULT_SET NO SQL EXTERNAL NAME '" + RowFeed.class.getName() + ".rows'");
            db.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            db.rollback(savepoint);
            if (!ALREADY_EXISTS.equals(e.getSQLState())) {
                throw e;
            }
        }
        return name;
    }

    private static Map<String, String> columnTypes(Connection db, String table) throws SQLException {
        Map<String, String> types = new HashMap<>();
        try (ResultSet rs = db.getMetaData().getColumns(null, db.getSchema(), table.toUpperCase(Locale.ROOT), null)) {
            while (rs.next()) {
                String type = rs.getString("TYPE_NAME");
                types.put(rs.getString("COLUMN_NAME"), switch (type) {
                    case "VARCHAR", "CHAR" -> type + "(" + rs.getInt("COLUMN_SIZE") + ")";
                    case "DECIMAL", "NUMERIC" -> type + "(" + rs.getInt("COLUMN_SIZE") + ", " + rs.getInt("DECIMAL_DIGITS") + ")";
                    default -> type;
                });
            }
        }
        if (types.isEmpty()) {
            throw new SQLException("no table " + table + " in schema " + db.getSchema());
        }
        return types;
    }

    private static long inBatches(Connection db, String table, List<String> columns, Iterator<Object[]> rows) throws SQLException {
        long inserted = 0;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")")) {
            int pending = 0;
            while (rows.hasNext()) {
                Object[] row = rows.next();
                for (int i = 0; i < row.length; i++) {
                    Object v = row[i];
                    if (v instanceof LocalDate d) {
                        insert.setDate(i + 1, Date.valueOf(d));
                    } else if (v instanceof Boolean b) {
                        insert.setBoolean(i + 1, b); // the driver converts for SMALLINT columns
                    } else {
                        insert.setObject(i + 1, v);
                    }
                }
                insert.addBatch();
                inserted++;
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
        return inserted;
    }
}
