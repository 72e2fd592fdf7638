package org.branchdesk.customer.impl.internal.segmentation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.branchdesk.customer.api.Education;
import org.branchdesk.customer.api.Segment;
import org.junit.Test;

/** Every boundary of the segmentation rules (DOMAIN.md §2), lower bounds inclusive. */
public class SegmentationRulesTest {

    private static final LocalDate QUARTER_END = LocalDate.of(2026, 9, 30);
    private final SegmentationRules rules = new SegmentationRules(Thresholds.defaults());

    private Segment segment(String assets) {
        return rules.classify(new BigDecimal(assets), null, LocalDate.of(1980, 1, 1), Education.BACHELOR, QUARTER_END).segment();
    }

    private Segment young(String assets, LocalDate birth, Education education) {
        return rules.classify(new BigDecimal(assets), null, birth, education, QUARTER_END).segment();
    }

    @Test
    public void assetBoundaries() {
        assertEquals(Segment.ORDINARY, segment("49999.99"));
        assertEquals(Segment.MASS_AFFLUENT, segment("50000"));
        assertEquals(Segment.MASS_AFFLUENT, segment("199999.99"));
        assertEquals(Segment.MID, segment("200000"));
        assertEquals(Segment.MID, segment("999999.99"));
        assertEquals(Segment.HIGH, segment("1000000"));
        assertEquals(Segment.HIGH, segment("9999999.99"));
        assertEquals(Segment.PRIVATE, segment("10000000"));
        assertEquals(Segment.ORDINARY, segment("0"));
        assertEquals(Segment.ORDINARY, segment("-10"));
    }

    @Test
    public void premiumIsMidAndAbove() {
        assertFalse(Segment.MASS_AFFLUENT.premium());
        assertTrue(Segment.MID.premium());
        assertTrue(Segment.HIGH.premium());
        assertTrue(Segment.PRIVATE.premium());
    }

    @Test
    public void potentialNeedsAgeSixteenToTwentyEightAtTheQuartersEnd() {
        // ages counted on 2026-09-30; the birthday counts on its day
        assertEquals(Segment.ORDINARY, young("10000", LocalDate.of(2010, 10, 1), Education.BACHELOR)); // 15
        assertEquals(Segment.POTENTIAL, young("10000", LocalDate.of(2010, 9, 30), Education.BACHELOR)); // 16 today
        assertEquals(Segment.POTENTIAL, young("10000", LocalDate.of(1997, 10, 1), Education.BACHELOR)); // 28
        assertEquals(Segment.ORDINARY, young("10000", LocalDate.of(1997, 9, 30), Education.BACHELOR)); // 29 today
        assertEquals(Segment.ORDINARY, young("10000", null, Education.BACHELOR));
    }

    @Test
    public void potentialNeedsUniversityEducationJuniorCollegeIncluded() {
        LocalDate twenty = LocalDate.of(2006, 1, 1);
        assertEquals(Segment.ORDINARY, young("49999.99", twenty, Education.SENIOR_SECONDARY));
        assertEquals(Segment.POTENTIAL, young("49999.99", twenty, Education.JUNIOR_COLLEGE));
        assertEquals(Segment.POTENTIAL, young("49999.99", twenty, Education.DOCTORATE));
        assertEquals(Segment.ORDINARY, young("49999.99", twenty, Education.UNKNOWN));
        assertEquals(Segment.ORDINARY, young("49999.99", twenty, null));
        assertEquals("assets decide first", Segment.MASS_AFFLUENT, young("50000", twenty, Education.BACHELOR));
    }

    @Test
    public void otherBankAssetsMakePotentialPremium() {
        assertTrue(potentialPremium("150000", "50000"));
        assertFalse(potentialPremium("150000", "49999.99"));
        assertFalse(potentialPremium("150000", null));
        assertFalse(potentialPremium("150000", "0"));
        assertFalse("already premium", potentialPremium("200000", "1000000"));
        assertTrue(potentialPremium("0", "200000"));
    }

    private boolean potentialPremium(String own, String other) {
        return rules.classify(new BigDecimal(own), other == null ? null : new BigDecimal(other), null, null, QUARTER_END)
                .potentialPremium();
    }

    @Test
    public void thresholdsAreConfigurable() {
        SegmentationRules strict = new SegmentationRules(new Thresholds(new BigDecimal("20000000"), new BigDecimal("2000000"),
                new BigDecimal("300000"), new BigDecimal("100000"), new BigDecimal("300000"), 18, 30));
        assertEquals(Segment.HIGH, strict.classify(new BigDecimal("10000000"), null, null, null, QUARTER_END).segment());
        assertEquals(Segment.MASS_AFFLUENT, strict.classify(new BigDecimal("200000"), null, null, null, QUARTER_END).segment());
        assertEquals(Segment.POTENTIAL,
                strict.classify(BigDecimal.ONE, null, LocalDate.of(1996, 9, 30), Education.BACHELOR, QUARTER_END).segment());
    }

    @Test
    public void thresholdsMustDescend() {
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(new BigDecimal("1000000"), new BigDecimal("1000000"),
                new BigDecimal("200000"), new BigDecimal("50000"), new BigDecimal("200000"), 16, 28));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(new BigDecimal("10000000"), new BigDecimal("1000000"),
                new BigDecimal("200000"), BigDecimal.ZERO, new BigDecimal("200000"), 16, 28));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(new BigDecimal("10000000"), new BigDecimal("1000000"),
                new BigDecimal("200000"), new BigDecimal("50000"), new BigDecimal("200000"), 29, 28));
    }
}
