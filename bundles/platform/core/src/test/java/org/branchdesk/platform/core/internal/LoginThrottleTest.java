package org.branchdesk.platform.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.branchdesk.platform.core.internal.LoginThrottle.Failure;
import org.branchdesk.platform.core.internal.LoginThrottle.State;
import org.junit.Test;

public class LoginThrottleTest {

    private static final long LOCK = 15 * 60_000;
    private final LoginThrottle throttle = new LoginThrottle(5, LOCK, 1000);

    @Test
    public void theDelayDoublesAfterEachFailureThenTheKeyIsLocked() {
        long now = 1_000_000;
        State s = State.NONE;
        assertEquals(0, throttle.lockedFor(s, now));
        for (long delay : new long[] { 1000, 2000, 4000, 8000 }) {
            Failure f = throttle.fail(s, now);
            assertFalse(f.locked());
            assertEquals(delay, f.delayMillis());
            s = f.state();
            assertEquals("a delay is no lock", 0, throttle.lockedFor(s, now));
            now += delay;
        }
        Failure fifth = throttle.fail(s, now);
        assertTrue(fifth.locked());
        assertEquals("a locked key's attempts are refused at once", 0, fifth.delayMillis());
        assertEquals(LOCK, throttle.lockedFor(fifth.state(), now));
        assertEquals(1, throttle.lockedFor(fifth.state(), now + LOCK - 1));
        assertEquals(0, throttle.lockedFor(fifth.state(), now + LOCK));
    }

    @Test
    public void afterALockTheCountStartsAgain() {
        State locked = new State(0, 0, LOCK);
        Failure next = throttle.fail(locked, LOCK);
        assertFalse(next.locked());
        assertEquals(1, next.state().failures());
        assertEquals(1000, next.delayMillis());
    }

    @Test
    public void oldFailuresAreForgotten() {
        State four = new State(4, 0, 0);
        assertTrue("a fifth failure soon after locks", throttle.fail(four, 10_000).locked());
        Failure later = throttle.fail(four, LOCK);
        assertFalse("a failure a lock time later counts as the first", later.locked());
        assertEquals(1, later.state().failures());
    }

    @Test
    public void theDelayIsCappedAndCanBeOff() {
        LoginThrottle many = new LoginThrottle(100, 60_000, 1000);
        assertEquals(LoginThrottle.MAX_DELAY_MILLIS, many.delay(40));
        assertEquals(LoginThrottle.MAX_DELAY_MILLIS, many.delay(99));
        LoginThrottle none = new LoginThrottle(3, 60_000, 0);
        Failure first = none.fail(State.NONE, 0);
        assertEquals(0, first.delayMillis());
        assertTrue(none.fail(none.fail(first.state(), 0).state(), 0).locked());
    }

    @Test
    public void aLimitOfOneLocksAtTheFirstFailure() {
        assertTrue(new LoginThrottle(1, LOCK, 1000).fail(State.NONE, 0).locked());
    }
}
