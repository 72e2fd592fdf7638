package org.branchdesk.customer.api;

import java.time.Instant;
import java.util.Map;

/**
 * The outcome of re-segmenting every customer from one quarter.
 *
 * @param daysInQuarter    calendar days of the quarter
 * @param daysWithBalances days of the quarter for which any balance was imported; fewer than
 *                         {@code daysInQuarter} means the averages count missing days as zero
 * @param customers        customers classified
 * @param changed          customers whose segment changed
 * @param bySegment        customers per segment after the run
 * @param potentialPremium customers who are potential premium after the run
 */
public record SegmentationRun(long id, String quarter, Instant startedAt, Instant finishedAt, String startedBy,
        int daysInQuarter, int daysWithBalances, int customers, int changed, Map<Segment, Integer> bySegment,
        int potentialPremium) {
}
