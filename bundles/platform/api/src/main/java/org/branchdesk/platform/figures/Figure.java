package org.branchdesk.platform.figures;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One figure for the period.
 *
 * @param id       unique, the module first: {@code lobby.arrivals}
 * @param title    by language tag, {@code en} required, {@code zh-CN} expected
 * @param how      how it is computed, by language tag, one or two sentences
 * @param unit     what the numbers count
 * @param value    the figure for the whole period; null when there is nothing to compute it from
 * @param target   the target it is judged against, or null
 * @param change   the change over the period (last point minus first, or against the period
 *                 before: {@code how} says), or null
 * @param series   its values over the period, oldest first, for the chart; may be empty
 * @param managers per manager, when the figure is kept per manager; may be empty
 */
public record Figure(String id, Map<String, String> title, Map<String, String> how, FigureUnit unit, Double value,
        Double target, Double change, List<FigurePoint> series, List<ManagerFigure> managers) {

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        title = Map.copyOf(title);
        how = Map.copyOf(how);
        series = List.copyOf(series);
        managers = List.copyOf(managers);
        if (!title.containsKey("en")) {
            throw new IllegalArgumentException("a figure's title needs English (en)");
        }
    }
}
