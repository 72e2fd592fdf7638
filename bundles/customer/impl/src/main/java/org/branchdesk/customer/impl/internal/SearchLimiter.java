package org.branchdesk.customer.impl.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How many searches and identifications each member of staff may make: a bucket of
 * {@code burst} searches per person, refilled at {@code perMinute}. An exact search by phone, ID
 * or card number confirms a guess, so without a limit anyone could recover a masked number by
 * trying its hidden digits; with the defaults (30 a minute, 60 at once) that takes hours and
 * leaves thousands of audited refusals, while a lobby at its busiest identifies a customer every
 * few seconds at most.
 *
 * <p>The buckets live in this runtime's memory: with several runtimes on one database each one
 * allows the limit, which bounds a guesser by the number of runtimes times the limit. That is a
 * rate, not an invariant of the data, and checking it must cost a search nothing measurable.
 */
final class SearchLimiter {

    private static final class Bucket {
        double tokens;
        long at;
    }

    private final double perMilli;
    private final int burst;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** The limits were checked when they were made ({@link SearchLimits#problems}). */
    SearchLimiter(SearchLimits limits, LongSupplier clock) {
        this.perMilli = limits.searchesPerMinute() / 60_000.0;
        this.burst = limits.searchBurst();
        this.clock = clock;
    }

    /** Takes one search for {@code username}: 0 when allowed, else the seconds until the next one is. */
    long take(String username) {
        long now = clock.getAsLong();
        Bucket b = buckets.computeIfAbsent(username, u -> {
            Bucket fresh = new Bucket();
            fresh.tokens = burst;
            fresh.at = now;
            return fresh;
        });
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + Math.max(0, now - b.at) * perMilli);
            b.at = Math.max(b.at, now);
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - b.tokens) / perMilli / 1000.0);
        }
    }
}
