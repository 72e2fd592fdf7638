package org.branchdesk.complaint.impl.internal;

import java.util.List;

/** Mean and nearest-rank percentile of durations in hours. */
final class Stats {

    private Stats() {
    }

    static Double mean(List<Double> hours) {
        return hours.isEmpty() ? null : hours.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    static Double percentile(List<Double> hours, int p) {
        if (hours.isEmpty()) {
            return null;
        }
        List<Double> sorted = hours.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
