package org.branchdesk.customer.impl.internal.segmentation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.branchdesk.platform.api.InvalidInputException;

/** A calendar quarter such as {@code 2026-Q3}. */
public record Quarter(int year, int q) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (q < 1 || q > 4) {
            throw new IllegalArgumentException("quarter " + q);
        }
    }

    /** Parses {@code YYYY-Qn}; anything else is a 400 on the field {@code quarter}. */
    public static Quarter parse(String value) {
        Matcher m = value == null ? null : FORMAT.matcher(value);
        if (m == null || !m.matches()) {
            throw new InvalidInputException("quarter", "'" + value + "' is not a quarter like 2026-Q3");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

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

    public int days() {
        return (int) ChronoUnit.DAYS.between(start(), end()) + 1;
    }

    /** The whole quarter lies before {@code today}. */
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
