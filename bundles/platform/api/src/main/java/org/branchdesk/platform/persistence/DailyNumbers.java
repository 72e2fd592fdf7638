package org.branchdesk.platform.persistence;

import java.time.LocalDate;
import java.util.function.LongSupplier;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Numbers that count 1, 2, 3, … anew each day, one series per sequence name: complaint
 * references, queue tickets and whatever numbers a module hands to people.
 *
 * <p>A number is unique for its sequence and day across restarts, crashes and every runtime
 * that shares the database: the database hands it out, from a counter row per sequence and day
 * that is incremented under its row lock. The number is drawn in a short transaction of its own,
 * committed before {@link #next} returns, so callers never wait on each other's transactions;
 * a caller whose own transaction then rolls back leaves a gap in the series, which is never
 * filled. Numbers are not cached anywhere: the next caller gets the next number.
 *
 * <p>The caller keeps a unique constraint on the numbers it stores, as the last line of
 * defence.
 */
@ProviderType
public interface DailyNumbers {

    /** Longest sequence name. */
    int NAME_MAX = 64;

    /**
     * The next number of the sequence on the day, from 1.
     *
     * @param sequence the series, e.g. {@code "complaint.reference"}; 1 to {@link #NAME_MAX}
     *        characters, the same for every runtime
     * @param day the day the number belongs to, as the caller stores it
     * @param highestStored the highest number of this sequence and day the caller has already
     *        stored, or 0. It is asked only when the database has no counter for the day yet
     *        (the day's first number, or a database made by a build that did not count this
     *        way), in the caller's transaction, and the series continues after it.
     * @return the number, at least 1
     */
    long next(String sequence, LocalDate day, LongSupplier highestStored);
}
