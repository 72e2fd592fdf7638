package org.branchdesk.customer.impl.internal.segmentation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;

import org.junit.Test;

public class ThresholdsTest {

    private static Thresholds of(String privateMin, String highMin, String midMin, String massAffluentMin, String premiumMin,
            int minAge, int maxAge) {
        return new Thresholds(new BigDecimal(privateMin), new BigDecimal(highMin), new BigDecimal(midMin),
                new BigDecimal(massAffluentMin), new BigDecimal(premiumMin), minAge, maxAge);
    }

    private static String rejected(String privateMin, String highMin, String midMin, String massAffluentMin, String premiumMin,
            int minAge, int maxAge) {
        return assertThrows(IllegalArgumentException.class,
                () -> of(privateMin, highMin, midMin, massAffluentMin, premiumMin, minAge, maxAge)).getMessage();
    }

    @Test
    public void theDefaultsAreTheStrategysValues() {
        assertEquals(of("10000000", "1000000", "200000", "50000", "200000", 16, 28), Thresholds.defaults());
    }

    @Test
    public void thresholdsMustStrictlyDescend() {
        assertTrue(rejected("1000000", "1000000", "200000", "50000", "200000", 16, 28).contains("descend"));
        assertTrue(rejected("10000000", "200000", "200000", "50000", "200000", 16, 28).contains("descend"));
        assertTrue(rejected("10000000", "1000000", "50000", "50000", "200000", 16, 28).contains("descend"));
        assertTrue(rejected("10000000", "1000000", "50000", "200000", "200000", 16, 28).contains("descend"));
        assertTrue(rejected("1000000", "10000000", "200000", "50000", "200000", 16, 28).contains("descend"));
    }

    @Test
    public void theLowestThresholdAndThePremiumBarMustBePositive() {
        assertTrue(rejected("10000000", "1000000", "200000", "0", "200000", 16, 28).contains("massAffluentMin"));
        assertTrue(rejected("10000000", "1000000", "200000", "-1", "200000", 16, 28).contains("massAffluentMin"));
        assertTrue(rejected("10000000", "1000000", "200000", "50000", "0", 16, 28).contains("premiumMin"));
        assertTrue(rejected("10000000", "1000000", "200000", "50000", "-200000", 16, 28).contains("premiumMin"));
    }

    @Test
    public void theAgeBandMustNotBeEmpty() {
        assertTrue(rejected("10000000", "1000000", "200000", "50000", "200000", 29, 28).contains("potentialMinAge 29"));
        assertEquals(20, of("10000000", "1000000", "200000", "50000", "200000", 20, 20).potentialMaxAge());
    }

    @Test
    public void aMissingAmountIsNamed() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Thresholds(new BigDecimal("10000000"),
                null, new BigDecimal("200000"), new BigDecimal("50000"), new BigDecimal("200000"), 16, 28));
        assertTrue(e.getMessage().contains("highMin"));
    }
}
