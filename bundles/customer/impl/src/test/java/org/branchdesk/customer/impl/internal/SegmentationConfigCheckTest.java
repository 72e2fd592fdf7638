package org.branchdesk.customer.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

public class SegmentationConfigCheckTest {

    private final SegmentationConfigCheck check = new SegmentationConfigCheck();

    @Test
    public void acceptsTheDefaultsAndThresholdsThatDescend() {
        assertEquals(List.of(), check.check(Map.of()));
        assertEquals(List.of(), check.check(Map.of("privateMin", "20000000", "highMin", "2000000", "midMin", "300000",
                "massAffluentMin", "60000.50", "premiumMin", "300000", "potentialMinAge", 18, "potentialMaxAge", "18")));
    }

    @Test
    public void refusesAThresholdAboveTheOneBeforeNamingIt() {
        FieldError e = only(check.check(Map.of("midMin", "20000000")));
        assertEquals("midMin", e.field());
        assertTrue(e.message(), e.message().contains("thresholds must strictly descend") && e.message().contains("highMin 1000000"));
        assertEquals("highMin", only(check.check(Map.of("highMin", "10000000"))).field());
        assertEquals("massAffluentMin", only(check.check(Map.of("massAffluentMin", "200000"))).field());
    }

    @Test
    public void refusesANonPositiveBarNamingIt() {
        assertEquals("massAffluentMin", only(check.check(Map.of("massAffluentMin", "0"))).field());
        assertEquals("premiumMin", only(check.check(Map.of("premiumMin", "-1"))).field());
    }

    @Test
    public void refusesAnEmptyAgeBandNamingItsLowerEnd() {
        assertEquals("potentialMinAge", only(check.check(Map.of("potentialMinAge", "30"))).field());
    }

    @Test
    public void refusesAValueThatIsNotANumberNamingIt() {
        FieldError e = only(check.check(Map.of("highMin", "1 million")));
        assertEquals("highMin", e.field());
        assertTrue(e.message(), e.message().contains("'1 million'"));
        assertEquals("potentialMaxAge", only(check.check(Map.of("potentialMaxAge", "28.5"))).field());
    }

    private static FieldError only(List<FieldError> errors) {
        assertEquals(errors.toString(), 1, errors.size());
        return errors.get(0);
    }
}
