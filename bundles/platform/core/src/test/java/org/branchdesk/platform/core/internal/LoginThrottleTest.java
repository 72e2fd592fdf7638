package org.branchdesk.platform.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.branchdesk.platform.core.internal.LoginThrottle.Failure;
import org.branchdesk.platform.core.internal.LoginThrottle.State;
import org.junit.Test;

public class LoginThrottleTest {

    private static final long LOCK = 15 * 60_000;
    private final LoginThrottle throttle = new LoginThrottle(5, LOCK, 1000);

    @Test
    public void theWaitDoublesAfterEachFailureThenTheKeyIsLocked() {
        long now = 1_000_000;
        State s = State.NONE;
        assertEquals(0, throttle.waitMillis(s, now));
        long[] waits = { 1000, 2000, 4000, 8000 };
        for (long wait : waits) {
            Failure f = throttle.fail(s, now);
            assertFalse(f.locked());
            s = f.state();
            assertEquals(wait, throttle.waitMillis(s, now));
            assertEquals(wait / 2, throttle.waitMillis(s, now + wait / 2));
            now += wait; // the client waited as told
            assertEquals(0, throttle.waitMillis(s, now));
        }
        Failure fifth = throttle.fail(s, now);
        assertTrue(fifth.locked());
        assertTrue(throttle.locked(fifth.state(), now));
        assertEquals(LOCK, throttle.waitMillis(fifth.state(), now));
        assertEquals(1, throttle.waitMillis(fifth.state(), now + LOCK - 1));
        assertEquals(0, throttle.waitMillis(fifth.state(), now + LOCK));
        assertFalse(throttle.locked(fifth.state(), now + LOCK));
    }

    @Test
    public void afterALockTheCountStartsAgain() {
        State locked = new State(0, 0, LOCK);
        Failure next = throttle.fail(locked, LOCK);
        assertFalse(next.locked());
        assertEquals(1, next.state().failures());
    }

    @Test
    public void oldFailuresAreForgotten() {
        State four = new State(4, 0, 0);
        assertEquals("a fifth failure soon after locks", true, throttle.fail(four, 10_000).locked());
        Failure later = throttle.fail(four, LOCK);
        assertFalse("a failure a lock time later counts as the first", later.locked());
        assertEquals(1, later.state().failures());
        assertEquals(0, throttle.waitMillis(four, LOCK));
    }

    @Test
    public void theWaitNeverExceedsTheLockAndCanBeOff() {
        LoginThrottle many = new LoginThrottle(100, 60_000, 1000);
        assertEquals(60_000, many.delay(40));
        LoginThrottle none = new LoginThrottle(3, 60_000, 0);
        State s = none.fail(State.NONE, 0).state();
        assertEquals(0, none.waitMillis(s, 0));
        s = none.fail(s, 0).state();
        assertTrue(none.fail(s, 0).locked());
    }

    @Test
    public void aLimitOfOneLocksAtTheFirstFailure() {
        assertTrue(new LoginThrottle(1, LOCK, 1000).fail(State.NONE, 0).locked());
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, LOCK, 0));
    }
}
