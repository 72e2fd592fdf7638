package org.branchdesk.marketing.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;

import org.junit.Test;

public class ConversionFiguresTest {

    @Test
    public void aShareIsInPercentAndNoContactsNoShare() {
        assertEquals(25.0, ConversionFigures.percent(new BigDecimal("0.25"), 8), 1e-9);
        assertNull(ConversionFigures.percent(BigDecimal.ZERO, 0));
        assertNull(ConversionFigures.percent(null, 3));
    }
}
