package org.branchdesk.customer.impl.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.junit.Test;

public class BalanceDaysTest {

    @Test
    public void aDayPacksAndUnpacksExactly() {
        Map<String, Long> day = Map.of("C2", 1_234_567_890_123L, "C1", 0L, "客户3", 1L);
        BalanceDays.Day unpacked = BalanceDays.unpack(BalanceDays.pack(day));
        assertArrayEquals(new String[] { "C1", "C2", "客户3" }, unpacked.customerIds());
        assertEquals(new TreeMap<>(day), unpacked.toMap());
    }

    @Test
    public void theSamePacksToTheSameBytes() {
        assertArrayEquals(BalanceDays.pack(Map.of("A", 1L, "B", 2L)), BalanceDays.pack(new TreeMap<>(Map.of("B", 2L, "A", 1L))));
    }

    @Test
    public void quarterSumsAddDaysWithTheSameAndWithOtherCustomers() {
        BalanceDays.QuarterSums sums = new BalanceDays.QuarterSums();
        sums.add(BalanceDays.unpack(BalanceDays.pack(Map.of("A", 100L, "B", 200L))));
        sums.add(BalanceDays.unpack(BalanceDays.pack(Map.of("A", 1L, "B", 2L)))); // same customers: arrays added
        sums.add(BalanceDays.unpack(BalanceDays.pack(Map.of("B", 10L, "C", 7L)))); // a new customer, one missing
        assertEquals(101L, sums.of("A"));
        assertEquals(212L, sums.of("B"));
        assertEquals(7L, sums.of("C"));
        assertEquals(0L, sums.of("D"));
    }

    @Test
    public void noDaysSumToZero() {
        assertEquals(0L, new BalanceDays.QuarterSums().of("A"));
    }

    @Test
    public void fenAreExact() {
        assertEquals(1_000_000_000_01L, BalanceLoad.toFen(new BigDecimal("1000000000.01")));
        assertEquals(5L, BalanceLoad.toFen(new BigDecimal("0.05")));
    }
}
