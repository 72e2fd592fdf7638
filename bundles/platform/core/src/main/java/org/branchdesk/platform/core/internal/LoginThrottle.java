package org.branchdesk.platform.core.internal;

/**
 * How a username or a client address is slowed down by failed logins: the answer to each failed
 * login is held back for a wait that doubles ({@code firstDelay}, twice that, …, at most
 * {@value #MAX_DELAY_MILLIS} ms), and after {@code maxFailures} failures in a row the key is
 * locked for {@code lockMillis}: every attempt is refused before its password is looked at, the
 * right one too. Failures older than the lock time are forgotten, so that a few typing errors
 * spread over weeks never lock anyone. Only the arithmetic: the state lives in the database
 * ({@link LoginFailureEntity}), so that every runtime sharing it counts the same failures. The
 * settings it is made from are held to their ranges by {@link SecurityConfigCheck} first.
 *
 * @param maxFailures      failures in a row that lock
 * @param lockMillis       how long a lock lasts
 * @param firstDelayMillis wait after the first failure (0: none)
 */
record LoginThrottle(int maxFailures, long lockMillis, long firstDelayMillis) {

    /** The longest a failed login's answer is held back: a request thread is held that long. */
    static final long MAX_DELAY_MILLIS = 10_000;

    /** Where a key stands: its failures in a row, when the last one was, until when it is locked (0: not). */
    record State(int failures, long lastFailureAt, long lockedUntil) {
        static final State NONE = new State(0, 0, 0);
    }

    /** The state after one more failure, whether that failure locked the key, and how long to hold its answer back. */
    record Failure(State state, boolean locked, long delayMillis) {
    }

    /** Milliseconds the key stays locked; 0 if it may try now. */
    long lockedFor(State s, long now) {
        return Math.max(0, s.lockedUntil() - now);
    }

    Failure fail(State s, long now) {
        int failures = (s.lastFailureAt() + lockMillis <= now ? 0 : s.failures()) + 1;
        if (failures >= maxFailures) {
            // the count starts again after the lock: the next run of failures locks again
            return new Failure(new State(0, now, now + lockMillis), true, 0);
        }
        return new Failure(new State(failures, now, 0), false, delay(failures));
    }

    /** The wait after the n-th failure in a row: firstDelay, doubled each time, never more than {@link #MAX_DELAY_MILLIS}. */
    long delay(int failures) {
        if (firstDelayMillis == 0 || failures < 1) {
            return 0;
        }
        int doublings = Math.min(failures - 1, 20);
        return Math.min(MAX_DELAY_MILLIS, firstDelayMillis << doublings);
    }
}
