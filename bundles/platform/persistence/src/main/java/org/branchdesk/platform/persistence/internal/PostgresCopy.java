package org.branchdesk.platform.persistence.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows into a PostgreSQL table with one {@code COPY ... FROM STDIN (FORMAT csv)}: one statement,
 * so that a failing row (a duplicate key, a value too long) fails the whole load and the
 * caller's transaction rolls back with nothing of it written. Loaded only on PostgreSQL (the
 * driver bundle's package is imported optionally).
 */
final class PostgresCopy {

    /** Bytes sent to the server at a time. */
    private static final int CHUNK = 1 << 16;

    private PostgresCopy() {
    }

    static long copy(Connection db, String table, List<String> columns, Iterator<Object[]> rows) throws SQLException {
        Set<Integer> numeric = numericColumns(db, table, columns);
        CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)");
        try {
            StringBuilder buffer = new StringBuilder(CHUNK + 1024);
            while (rows.hasNext()) {
                Object[] row = rows.next();
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        buffer.append(',');
                    }
                    append(buffer, row[i], numeric.contains(i));
                }
                buffer.append('\n');
                if (buffer.length() >= CHUNK) {
                    send(copy, buffer);
                }
            }
            send(copy, buffer);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** CSV: null is an empty unquoted field; text is always quoted, so that an empty string stays one. */
    private static void append(StringBuilder buffer, Object value, boolean numericColumn) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            buffer.append('"').append(s.replace("\"", "\"\"")).append('"');
        } else if (value instanceof Boolean b) {
            // a SMALLINT flag column takes 1 and 0, a BOOLEAN one true and false
            buffer.append(numericColumn ? (b ? "1" : "0") : (b ? "true" : "false"));
        } else if (value instanceof BigDecimal d) {
            buffer.append(d.toPlainString());
        } else {
            buffer.append(value); // Long, Integer, LocalDate (ISO-8601, which PostgreSQL reads)
        }
    }

    private static void send(CopyIn copy, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** The positions in {@code columns} of the columns of a numeric type. */
    private static Set<Integer> numericColumns(Connection db, String table, List<String> columns) throws SQLException {
        Set<String> numeric = new HashSet<>();
        boolean found = false;
        try (ResultSet rs = db.getMetaData().getColumns(null, db.getSchema(), table.toLowerCase(Locale.ROOT), null)) {
            while (rs.next()) {
                found = true;
                switch (rs.getInt("DATA_TYPE")) {
                    case Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.TINYINT, Types.NUMERIC, Types.DECIMAL ->
                        numeric.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    default -> {
                        // text, dates and booleans as they are
                    }
                }
            }
        }
        if (!found) {
            throw new SQLException("no table " + table + " in schema " + db.getSchema());
        }
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            if (numeric.contains(columns.get(i).toLowerCase(Locale.ROOT))) {
                positions.add(i);
            }
        }
        return positions;
    }
}
