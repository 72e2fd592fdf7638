package org.branchdesk.customer.impl.internal.segmentation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.branchdesk.platform.api.InvalidInputException;

/** A calendar quarter such as {@code 2026-Q3}: the period whose average daily assets decide the segment. */
public record Quarter(int year, int q) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (q < 1 || q > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + q);
        }
    }

    /** Parses exactly {@code YYYY-Qn}; anything else is a 400 on the field {@code quarter}. */
    public static Quarter parse(String value) {
        Matcher m = value == null ? null : FORMAT.matcher(value);
        if (m == null || !m.matches()) {
            throw new InvalidInputException("quarter", "'" + value + "' is not a quarter like 2026-Q3 (year, '-Q', 1 to 4)");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The quarter the day falls in. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, (q - 1) * 3 + 1, 1);
    }

    /** The last day, inclusive. */
    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    /** The divisor of the average: every calendar day counts, a day without a balance as zero. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(start(), end()) + 1;
    }

    /** The whole quarter lies before {@code today}, so its balances are final. */
    public boolean endedBefore(LocalDate today) {
        return end().isBefore(today);
    }

    public Quarter previous() {
        return q == 1 ? new Quarter(year - 1, 4) : new Quarter(year, q - 1);
    }

    @Override
    public String toString() {
        return year + "-Q" + q;
    }
}
