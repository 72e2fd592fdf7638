package org.branchdesk.customer.impl.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** The values to write of the rows a check accepts, as a first load streams them. */
final class Accepted {

    private Accepted() {
    }

    /** The rows' values: a row whose function gives null (it failed a check) is left out; its error fails the import after. */
    static <T> Iterator<Object[]> values(Iterator<T> rows, Function<T, Object[]> values) {
        return new Iterator<>() {
            private Object[] next;

            @Override
            public boolean hasNext() {
                while (next == null && rows.hasNext()) {
                    next = values.apply(rows.next());
                }
                return next != null;
            }

            @Override
            public Object[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object[] row = next;
                next = null;
                return row;
            }
        };
    }
}
