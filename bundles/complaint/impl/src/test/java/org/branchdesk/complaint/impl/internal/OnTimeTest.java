package org.branchdesk.complaint.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class OnTimeTest {

    @Test
    public void onTimeMeansNeverOverdueAndResolvedByTheDeadline() {
        assertTrue(OnTime.onTime(false, 100L, 100L));
        assertFalse(OnTime.onTime(false, 101L, 100L));
        assertFalse(OnTime.onTime(true, 50L, 100L));
        assertFalse(OnTime.onTime(false, null, 100L));
    }

    @Test
    public void nothingClosedNoShare() {
        assertNull(OnTime.percent(0, 0));
        assertEquals(75.0, OnTime.percent(3, 4), 1e-9);
    }
}
