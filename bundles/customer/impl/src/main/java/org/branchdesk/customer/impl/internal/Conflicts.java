package org.branchdesk.customer.impl.internal;

import java.sql.SQLException;
import java.util.Set;

/** What the database says when two transactions wrote the same thing at the same moment. */
final class Conflicts {

    /**
     * A unique constraint (23505, Derby and PostgreSQL), a lock timeout or deadlock (Derby 40XL1,
     * 40XL2, 40001; PostgreSQL 40001, 40P01, 55P03).
     */
    private static final Set<String> RACES = Set.of("23505", "40XL1", "40XL2", "40001", "40P01", "55P03");

    private Conflicts() {
    }

    static boolean isRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (n.getSQLState() != null && RACES.contains(n.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
