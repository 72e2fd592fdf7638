package org.branchdesk.platform.core.internal;

import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

import org.branchdesk.platform.persistence.DailyNumbers;

/**
 * How a number is drawn from a counter row, apart from the database: increment the row; if
 * there is none yet, create it after the highest number the caller has stored; if another
 * runtime created it first, increment the row it created.
 */
final class DailyCounter {

    /** Losing the race to create the row happens once a day and sequence; a third time is a broken store. */
    static final int ATTEMPTS = 3;

    /** The counter rows; each call is its own transaction, committed when it returns. */
    interface Store {

        /** Adds one to the row and returns its new value; empty when there is no row. */
        OptionalLong increment(String sequence, LocalDate day);

        /** Creates the row with {@code first} as its value; false when the row exists already. */
        boolean create(String sequence, LocalDate day, long first);
    }

    private DailyCounter() {
    }

    static long next(Store store, String sequence, LocalDate day, LongSupplier highestStored) {
        check(sequence, day);
        long first = 0; // asked once, and only without a row
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            OptionalLong next = store.increment(sequence, day);
            if (next.isPresent()) {
                return next.getAsLong();
            }
            if (first == 0) {
                first = Math.max(0, highestStored.getAsLong()) + 1;
            }
            if (store.create(sequence, day, first)) {
                return first;
            }
        }
        throw new IllegalStateException("the counter of " + sequence + " on " + day + " can neither be created nor incremented");
    }

    /** A programming error in the calling module: fail its transaction with a clear message. */
    static void check(String sequence, LocalDate day) {
        if (sequence == null || sequence.isBlank() || sequence.length() > DailyNumbers.NAME_MAX) {
            throw new IllegalArgumentException("a sequence name is 1 to " + DailyNumbers.NAME_MAX + " characters, not '" + sequence + "'");
        }
        if (day == null) {
            throw new IllegalArgumentException("a number of sequence " + sequence + " needs its day");
        }
    }
}
