package org.branchdesk.platform.figures;

import java.time.LocalDate;

/** A figure's value on a day (or for the day's quarter, week: the figure's {@code how} says). */
public record FigurePoint(LocalDate date, double value) {
}
