package org.branchdesk.counter.impl.internal;

import java.util.List;

/** Nearest-rank percentiles of durations, in whole seconds. */
final class Percentiles {

    private Percentiles() {
    }

    /** The p-th percentile (0 < p ≤ 100) of the millisecond durations in seconds, or null when there are none. */
    static Long seconds(List<Long> millis, int p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile " + p);
        }
        long[] sorted = millis.stream().filter(m -> m != null).mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return Math.max(0, sorted[Math.max(rank, 1) - 1]) / 1000;
    }
}
