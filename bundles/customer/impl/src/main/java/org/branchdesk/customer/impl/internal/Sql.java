package org.branchdesk.customer.impl.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQL for the statements run on the transaction's own connection, made from the table and
 * column names the entities declare ({@code CustomerEntity.TABLE}, {@code CustomerEntity.ID}
 * ...), so that a renamed column is renamed in one place. Each statement is made once, into a
 * constant of the class that runs it.
 */
final class Sql {

    private Sql() {
    }

    /** {@code SELECT a, b FROM t}, with {@code WHERE k = ? AND ...} if keys are given. */
    static String select(String table, List<String> columns, String... keys) {
        return "SELECT " + String.join(", ", columns) + " FROM " + table + where(keys);
    }

    /** {@code UPDATE t SET a = ?, b = ? WHERE k = ? AND ...}. */
    static String update(String table, List<String> columns, String... keys) {
        return "UPDATE " + table + " SET " + columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", ")) + where(keys);
    }

    /** {@code DELETE FROM t WHERE k = ? AND ...}. */
    static String delete(String table, String... keys) {
        return "DELETE FROM " + table + where(keys);
    }

    private static String where(String... keys) {
        return keys.length == 0 ? "" : " WHERE " + Arrays.stream(keys).map(k -> k + " = ?").collect(Collectors.joining(" AND "));
    }
}
