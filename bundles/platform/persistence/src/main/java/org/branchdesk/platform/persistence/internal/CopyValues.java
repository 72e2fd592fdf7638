package org.branchdesk.platform.persistence.internal;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A result set's rows as values PostgreSQL's COPY reads into the target column's type:
 * Derby's 0/1 flags become booleans for a boolean column, binary values hex, large text text.
 */
final class CopyValues implements Iterator<Object[]> {
    private final ResultSet rows;
    private final List<Integer> targetTypes;
    private Boolean ahead;

    CopyValues(ResultSet rows, List<Integer> targetTypes) {
        this.rows = rows;
        this.targetTypes = targetTypes;
    }

    @Override
    public boolean hasNext() {
        if (ahead == null) {
            try {
                ahead = rows.next();
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return ahead;
    }

    @Override
    public Object[] next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ahead = null;
        try {
            ResultSetMetaData meta = rows.getMetaData();
            Object[] row = new Object[targetTypes.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = convert(rows.getObject(i + 1), targetTypes.get(i), meta.getColumnType(i + 1));
            }
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Object convert(Object value, int targetType, int sourceType) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            value = blob.getBytes(1, (int) blob.length());
        }
        if (value instanceof byte[] bytes) {
            return "\\x" + HexFormat.of().formatHex(bytes);
        }
        if ((targetType == Types.BOOLEAN || targetType == Types.BIT) && value instanceof Number n) {
            return n.intValue() != 0;
        }
        if (value instanceof Boolean || value instanceof Number || value instanceof String) {
            return value;
        }
        return value.toString(); // dates and times in the ISO form PostgreSQL reads
    }
}
