package org.branchdesk.platform.figures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The days a figure is computed over, both included. */
public record FigurePeriod(LocalDate from, LocalDate to) {

    /** The longest period the figures are computed for, in days. */
    public static final int MAX_DAYS = 366;

    public FigurePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
    }

    /** The number of days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
