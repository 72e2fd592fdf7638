package org.branchdesk.platform.core.internal;

/**
 * When a username or a client address may try to log in again: after each failed login a wait
 * that doubles ({@code firstDelay}, twice that, …), and after {@code maxFailures} failures in a
 * row a lock of {@code lockMillis}. Failures older than the lock time are forgotten, so that a
 * few typing errors spread over weeks never lock anyone. Only the arithmetic: the state lives in
 * the database ({@link LoginFailureEntity}), so that every runtime sharing it sees the same.
 *
 * @param maxFailures     failures in a row that lock
 * @param lockMillis      how long a lock lasts
 * @param firstDelayMillis wait after the first failure (0: none)
 */
record LoginThrottle(int maxFailures, long lockMillis, long firstDelayMillis) {

    /** Where a key stands: its failures in a row, when the last one was, until when it is locked (0: not). */
    record State(int failures, long lastFailureAt, long lockedUntil) {
        static final State NONE = new State(0, 0, 0);
    }

    /** The state after one more failure at {@code now}, and whether that failure locked the key. */
    record Failure(State state, boolean locked) {
    }

    LoginThrottle {
        if (maxFailures < 1 || lockMillis < 1 || firstDelayMillis < 0) {
            throw new IllegalArgumentException("maxFailures and lockMillis must be positive, firstDelayMillis not negative");
        }
    }

    /** Milliseconds until the next attempt is allowed; 0 if it is allowed now. */
    long waitMillis(State s, long now) {
        if (s.lockedUntil() > now) {
            return s.lockedUntil() - now;
        }
        int failures = current(s, now);
        if (failures == 0) {
            return 0;
        }
        return Math.max(0, s.lastFailureAt() + delay(failures) - now);
    }

    /** Whether the key is locked (not merely waiting) at {@code now}. */
    boolean locked(State s, long now) {
        return s.lockedUntil() > now;
    }

    Failure fail(State s, long now) {
        int failures = current(s, now) + 1;
        if (failures >= maxFailures) {
            // the count starts again after the lock: the next run of failures locks again
            return new Failure(new State(0, now, now + lockMillis), true);
        }
        return new Failure(new State(failures, now, 0), false);
    }

    /** The wait after the n-th failure in a row: firstDelay, doubled each time, never more than the lock. */
    long delay(int failures) {
        if (firstDelayMillis == 0 || failures < 1) {
            return 0;
        }
        int doublings = Math.min(failures - 1, 30);
        return Math.min(lockMillis, firstDelayMillis << doublings);
    }

    /** Failures in a row that still count at {@code now}. */
    private int current(State s, long now) {
        return s.lastFailureAt() + lockMillis <= now ? 0 : s.failures();
    }
}
