package org.branchdesk.customer.impl.internal;

import static org.junit.Assert.assertEquals;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

public class SearchLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final SearchLimiter limiter = new SearchLimiter(new SearchLimits(50, 30, 3), now::get);

    @Test
    public void theBurstIsAllowedAtOnceAndTheNextSearchWaitsForTheRate() {
        assertEquals(0, limiter.take("lobby1"));
        assertEquals(0, limiter.take("lobby1"));
        assertEquals(0, limiter.take("lobby1"));
        // 30 a minute: one every 2 s
        assertEquals(2, limiter.take("lobby1"));
    }

    @Test
    public void theBucketRefillsAtTheRateAndNoFurtherThanTheBurst() {
        for (int i = 0; i < 3; i++) {
            limiter.take("lobby1");
        }
        now.addAndGet(2_000);
        assertEquals(0, limiter.take("lobby1"));
        assertEquals(2, limiter.take("lobby1"));
        now.addAndGet(3_600_000); // an hour idle gives back the burst, not 1,800 searches
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.take("lobby1"));
        }
        assertEquals(2, limiter.take("lobby1"));
    }

    @Test
    public void eachMemberOfStaffHasTheirOwnBucket() {
        for (int i = 0; i < 3; i++) {
            limiter.take("lobby1");
        }
        assertEquals(0, limiter.take("teller1"));
    }

    @Test
    public void aClockGoingBackGivesNothingBack() {
        for (int i = 0; i < 3; i++) {
            limiter.take("lobby1");
        }
        now.addAndGet(-60_000);
        assertEquals(true, limiter.take("lobby1") > 0);
    }
}
