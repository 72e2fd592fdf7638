package org.branchdesk.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Inserts many rows into one table on the caller's connection, inside the caller's
 * transaction: they commit or roll back with the rest of its work.
 *
 * <p>Where the database allows it the rows go in as one statement rather than row by row. On
 * embedded Derby the statement reads them from a table function, and into an <em>empty</em>
 * table Derby then loads them in bulk: the rows are written without a log record each and
 * every index of the table is built by one sort at the end, which makes a branch's first load
 * several times faster. The table is locked for the rest of the transaction. On PostgreSQL
 * they go in as one {@code COPY ... FROM STDIN}, which fails as a whole on any bad row. On other
 * databases the rows are written in JDBC batches.
 *
 * <p>A row's values are in the order of {@code columns}; each is {@code null}, a
 * {@link String}, {@link java.math.BigDecimal}, {@link Long}, {@link Integer}, {@link Boolean}
 * or {@link java.time.LocalDate}. The rows are read once, as they are written: the iterator
 * must not use the connection.
 */
@ProviderType
public interface RowLoader {

    /** Inserts the rows and returns how many were inserted; a failure leaves the transaction to roll back. */
    long insert(Connection db, String table, List<String> columns, Iterator<Object[]> rows) throws SQLException;
}
