package org.branchdesk.customer.impl.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * A first load into an empty table without its secondary indexes: they are dropped before the
 * rows go in and built again after, in the same transaction. Derby then builds each index with
 * one sort instead of a million inserts into a B-tree at random places (a million customers'
 * import spent most of its time there). The indexes and unique constraints are those the
 * entity's {@link Table} declares, so this follows the schema without a second list.
 *
 * <p>Only on an empty table and only where the database keeps DDL in the transaction: an import
 * that fails rolls back to the table and indexes it found.
 */
final class SecondaryIndexes {

    private final List<String> rebuild;

    private SecondaryIndexes(List<String> rebuild) {
        this.rebuild = rebuild;
    }

    /** Drops the table's secondary indexes if the table is empty; otherwise they stay and {@link #rebuild} does nothing. */
    static SecondaryIndexes dropForFirstLoad(Connection db, Class<?> entity) throws SQLException {
        Table table = entity.getAnnotation(Table.class);
        if (table == null || !db.getMetaData().supportsDataDefinitionAndDataManipulationTransactions()) {
            return new SecondaryIndexes(List.of());
        }
        if (!Jdbc.isEmpty(db, table.name())) {
            return new SecondaryIndexes(List.of());
        }
        List<String> rebuild = new ArrayList<>();
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            dropIfThere(db, "ALTER TABLE " + table.name() + " DROP CONSTRAINT " + unique.name());
            rebuild.add("ALTER TABLE " + table.name() + " ADD CONSTRAINT " + unique.name() + " UNIQUE ("
                    + String.join(", ", unique.columnNames()) + ")");
        }
        for (Index index : table.indexes()) {
            dropIfThere(db, "DROP INDEX " + index.name());
            rebuild.add("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + index.name() + " ON " + table.name() + " ("
                    + index.columnList() + ")");
        }
        return new SecondaryIndexes(rebuild);
    }

    /** Builds the dropped indexes on the loaded rows (a duplicate fails the unique constraint, and the import). */
    void rebuild(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String ddl : rebuild) {
                s.execute(ddl);
            }
        }
    }

    /** A database made before an index was declared lacks it: nothing to drop, and it is built after the load. */
    private static void dropIfThere(Connection db, String ddl) throws SQLException {
        Savepoint before = db.setSavepoint();
        try (Statement s = db.createStatement()) {
            s.execute(ddl);
            db.releaseSavepoint(before);
        } catch (SQLException missing) {
            db.rollback(before);
        }
    }
}
