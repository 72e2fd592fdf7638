package org.branchdesk.counter.impl.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** When a request submitted now expires: the first end of a business day after it (a pure rule). */
final class BusinessDay {

    private BusinessDay() {
    }

    /** @param endMinutes the day's end in minutes after midnight, 1 to 1440 */
    static Instant expiry(Instant now, ZoneId zone, int endMinutes) {
        LocalDate day = LocalDate.ofInstant(now, zone);
        Instant end = day.atStartOfDay(zone).plusMinutes(endMinutes).toInstant();
        return end.isAfter(now) ? end : day.plusDays(1).atStartOfDay(zone).plusMinutes(endMinutes).toInstant();
    }
}
