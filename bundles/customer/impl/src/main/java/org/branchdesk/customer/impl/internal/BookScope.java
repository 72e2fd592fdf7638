package org.branchdesk.customer.impl.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.Params;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;

/**
 * Whose customers a planning read covers (HoldingDates): a customer manager who is not the
 * centre head plans their own book only; the centre head and the other staff who read customers
 * may ask for one manager's book or, with none, the whole branch's.
 */
final class BookScope {

    /** The longest period one read covers: a year of maturities is what planning looks at. */
    static final int MAX_DAYS = 366;

    private BookScope() {
    }

    /** Whether the caller sees only the customers they manage. */
    static boolean ownOnly(Caller caller) {
        return caller.has(Role.CUSTOMER_MANAGER) && !caller.has(Role.CENTER_HEAD);
    }

    /**
     * The manager whose customers the caller may see for this request: the caller themselves if
     * {@link #ownOnly}, else the one requested (null for all).
     *
     * @throws ForbiddenException when a customer manager asks for another manager's book
     */
    static String manager(Caller caller, String requested) {
        String manager = requested == null || requested.isBlank() ? null : requested.trim();
        if (!ownOnly(caller)) {
            return manager;
        }
        if (manager != null && !manager.equals(caller.username())) {
            throw new ForbiddenException("a customer manager plans their own customers only, not those of " + manager);
        }
        return caller.username();
    }

    /** Checks a period of days: both given, in order, within the supported dates, at most {@link #MAX_DAYS}. */
    static void period(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidInputException("from", "is required");
        }
        if (to == null) {
            throw new InvalidInputException("to", "is required");
        }
        Params.checked("from", from);
        Params.checked("to", to);
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "'" + to + "' is before from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("to", "the period is longer than " + MAX_DAYS + " days");
        }
    }
}
