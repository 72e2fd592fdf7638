package org.branchdesk.tests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock a test moves forward. Registered as a {@code java.time.Clock} service with
 * {@code branchdesk.clock=true}, it is the time of the modules that take one (complaint
 * deadlines, handovers, care events) while it is registered.
 */
final class MovableClock extends Clock {

    private volatile Instant now = Instant.now();

    void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
