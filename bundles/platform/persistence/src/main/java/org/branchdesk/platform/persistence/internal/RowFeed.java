package org.branchdesk.platform.persistence.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.vti.VTITemplate;

/**
 * The rows of one {@link JdbcRowLoader} statement, as the Derby table function it calls
 * reads them. Derby finds {@link #rows(int)} by name through the thread's context class loader,
 * which the loader sets to this bundle's for the statement; the feed is handed over by a key,
 * since Derby calls a static method.
 */
public final class RowFeed extends VTITemplate {

    private static final Map<Integer, Iterator<Object[]>> OPEN = new ConcurrentHashMap<>();
    private static final AtomicInteger KEYS = new AtomicInteger();

    private final Iterator<Object[]> rows;
    private Object[] row;
    private boolean wasNull;

    private RowFeed(Iterator<Object[]> rows) {
        this.rows = rows;
    }

    static int open(Iterator<Object[]> rows) {
        int key = KEYS.incrementAndGet();
        OPEN.put(key, rows);
        return key;
    }

    static void close(int key) {
        OPEN.remove(key);
    }

    /** The table function's body (EXTERNAL NAME of the functions {@link JdbcRowLoader} creates). */
    public static ResultSet rows(int key) throws SQLException {
        Iterator<Object[]> rows = OPEN.get(key);
        if (rows == null) {
            throw new SQLException("no open row feed " + key);
        }
        return new RowFeed(rows);
    }

    @Override
    public boolean next() {
        if (!rows.hasNext()) {
            return false;
        }
        row = rows.next();
        return true;
    }

    @Override
    public void close() {
        // the loader owns the iterator
    }

    @Override
    public boolean wasNull() {
        return wasNull;
    }

    private Object value(int column) {
        Object v = row[column - 1];
        wasNull = v == null;
        return v;
    }

    @Override
    public String getString(int column) {
        Object v = value(column);
        return v == null ? null : v.toString();
    }

    @Override
    public BigDecimal getBigDecimal(int column) {
        Object v = value(column);
        return v == null || v instanceof BigDecimal ? (BigDecimal) v : new BigDecimal(v.toString());
    }

    @Override
    public long getLong(int column) {
        Object v = value(column);
        return v == null ? 0 : v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).longValue();
    }

    @Override
    public int getInt(int column) {
        return (int) getLong(column);
    }

    @Override
    public short getShort(int column) {
        return (short) getLong(column);
    }

    @Override
    public boolean getBoolean(int column) {
        Object v = value(column);
        return v instanceof Boolean b ? b : v != null && ((Number) v).longValue() != 0;
    }

    @Override
    public Date getDate(int column) {
        Object v = value(column);
        return v == null || v instanceof Date ? (Date) v : Date.valueOf((LocalDate) v);
    }
}
