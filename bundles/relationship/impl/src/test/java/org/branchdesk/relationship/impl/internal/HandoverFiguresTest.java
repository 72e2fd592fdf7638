package org.branchdesk.relationship.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;

import org.junit.Test;

public class HandoverFiguresTest {

    @Test
    public void theCentresShareCountsEveryManagersHandovers() {
        assertEquals(75.0, HandoverFigures.total(List.of(new HandoverFigures.Count("a", 2, 2), new HandoverFigures.Count("b", 2, 1))), 1e-9);
    }

    @Test
    public void noHandoverCompletedNoFigure() {
        assertNull(HandoverFigures.total(List.of()));
    }
}
