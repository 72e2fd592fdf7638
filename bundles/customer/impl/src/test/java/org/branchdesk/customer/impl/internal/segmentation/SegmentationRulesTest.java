package org.branchdesk.customer.impl.internal.segmentation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.branchdesk.customer.api.Education;
import org.branchdesk.customer.api.Segment;
import org.junit.Test;

/** Every boundary of the segmentation rules (docs/domain.md, "Customer segments"), lower bounds inclusive. */
public class SegmentationRulesTest {

    private static final LocalDate QUARTER_END = LocalDate.of(2026, 9, 30);
    private static final LocalDate TWENTY_YEARS_OLD = LocalDate.of(2006, 1, 1);
    private final SegmentationRules rules = new SegmentationRules(Thresholds.defaults());

    /** A young graduate, so that only the amount can keep them out of POTENTIAL. */
    private Segment byAssets(String assets) {
        return rules.classify(new BigDecimal(assets), null, TWENTY_YEARS_OLD, Education.BACHELOR, QUARTER_END).segment();
    }

    private Segment below50k(LocalDate birth, Education education, LocalDate asOf) {
        return rules.classify(new BigDecimal("49999.99"), null, birth, education, asOf).segment();
    }

    private boolean potentialPremium(String own, String other) {
        return rules.classify(new BigDecimal(own), other == null ? null : new BigDecimal(other), null, null, QUARTER_END)
                .potentialPremium();
    }

    @Test
    public void everyAssetBoundaryIsInclusiveBelow() {
        assertEquals(Segment.POTENTIAL, byAssets("49999.99"));
        assertEquals(Segment.MASS_AFFLUENT, byAssets("50000"));
        assertEquals(Segment.MASS_AFFLUENT, byAssets("50000.00"));
        assertEquals(Segment.MASS_AFFLUENT, byAssets("199999.99"));
        assertEquals(Segment.MID, byAssets("200000"));
        assertEquals(Segment.MID, byAssets("999999.99"));
        assertEquals(Segment.HIGH, byAssets("1000000"));
        assertEquals(Segment.HIGH, byAssets("9999999.99"));
        assertEquals(Segment.PRIVATE, byAssets("10000000"));
        assertEquals(Segment.PRIVATE, byAssets("250000000"));
    }

    @Test
    public void belowTheLowestThresholdWithoutThePotentialCriteriaIsOrdinary() {
        LocalDate forty = LocalDate.of(1986, 1, 1);
        assertEquals(Segment.ORDINARY, rules.classify(new BigDecimal("49999.99"), null, forty, Education.BACHELOR, QUARTER_END)
                .segment());
        assertEquals(Segment.ORDINARY, rules.classify(BigDecimal.ZERO, null, forty, Education.BACHELOR, QUARTER_END).segment());
    }

    @Test
    public void aNegativeAverageCountsLikeAnyAmountBelowTheLowestThreshold() {
        assertEquals(Segment.POTENTIAL, byAssets("-1500.00"));
        assertEquals(Segment.ORDINARY,
                rules.classify(new BigDecimal("-1500.00"), null, null, null, QUARTER_END).segment());
    }

    @Test
    public void potentialFromTheSixteenthBirthdayOnItsDay() {
        LocalDate birth = LocalDate.of(2010, 9, 30);
        assertEquals("15 the day before", Segment.ORDINARY, below50k(birth, Education.BACHELOR, LocalDate.of(2026, 9, 29)));
        assertEquals("16 on the day", Segment.POTENTIAL, below50k(birth, Education.BACHELOR, LocalDate.of(2026, 9, 30)));
        assertEquals("born a day later: still 15", Segment.ORDINARY,
                below50k(LocalDate.of(2010, 10, 1), Education.BACHELOR, QUARTER_END));
    }

    @Test
    public void potentialUntilTheTwentyNinthBirthday() {
        LocalDate birth = LocalDate.of(1997, 9, 30);
        assertEquals("28 the day before", Segment.POTENTIAL, below50k(birth, Education.BACHELOR, LocalDate.of(2026, 9, 29)));
        assertEquals("29 on the day", Segment.ORDINARY, below50k(birth, Education.BACHELOR, LocalDate.of(2026, 9, 30)));
        assertEquals("born a day later: still 28", Segment.POTENTIAL,
                below50k(LocalDate.of(1997, 10, 1), Education.BACHELOR, QUARTER_END));
    }

    @Test
    public void potentialNeedsUniversityEducationJuniorCollegeIncluded() {
        assertEquals(Segment.ORDINARY, below50k(TWENTY_YEARS_OLD, Education.PRIMARY, QUARTER_END));
        assertEquals(Segment.ORDINARY, below50k(TWENTY_YEARS_OLD, Education.JUNIOR_SECONDARY, QUARTER_END));
        assertEquals(Segment.ORDINARY, below50k(TWENTY_YEARS_OLD, Education.SENIOR_SECONDARY, QUARTER_END));
        assertEquals(Segment.POTENTIAL, below50k(TWENTY_YEARS_OLD, Education.JUNIOR_COLLEGE, QUARTER_END));
        assertEquals(Segment.POTENTIAL, below50k(TWENTY_YEARS_OLD, Education.BACHELOR, QUARTER_END));
        assertEquals(Segment.POTENTIAL, below50k(TWENTY_YEARS_OLD, Education.MASTER, QUARTER_END));
        assertEquals(Segment.POTENTIAL, below50k(TWENTY_YEARS_OLD, Education.DOCTORATE, QUARTER_END));
    }

    @Test
    public void unknownEducationOrBirthDateIsOrdinary() {
        assertEquals(Segment.ORDINARY, below50k(TWENTY_YEARS_OLD, Education.UNKNOWN, QUARTER_END));
        assertEquals(Segment.ORDINARY, below50k(TWENTY_YEARS_OLD, null, QUARTER_END));
        assertEquals(Segment.ORDINARY, below50k(null, Education.BACHELOR, QUARTER_END));
        assertEquals(Segment.ORDINARY, below50k(null, null, QUARTER_END));
    }

    @Test
    public void assetsDecideBeforeTheAuxiliaryCriteria() {
        assertEquals(Segment.MASS_AFFLUENT, byAssets("50000"));
        assertEquals(Segment.MID, rules.classify(new BigDecimal("200000"), null, null, null, QUARTER_END).segment());
    }

    @Test
    public void otherBankAssetsReachingThePremiumBarMakeAPotentialPremiumCustomer() {
        assertTrue("exactly at the bar", potentialPremium("150000", "50000"));
        assertTrue(potentialPremium("150000.00", "50000.00"));
        assertFalse("one cent short", potentialPremium("150000", "49999.99"));
        assertTrue("from nothing", potentialPremium("0", "200000"));
        assertTrue("an ordinary customer too", potentialPremium("10000", "1000000"));
        assertFalse("nothing declared", potentialPremium("150000", null));
        assertFalse("zero declared", potentialPremium("199999.99", "0"));
        assertFalse("zero declared, whatever the scale", potentialPremium("199999.99", "0.00"));
    }

    @Test
    public void premiumCustomersAreNeverPotentialPremium() {
        assertFalse(potentialPremium("200000", "1"));
        assertFalse(potentialPremium("200000", "1000000"));
        assertFalse(potentialPremium("1000000", "5000000"));
        assertFalse(potentialPremium("10000000", "5000000"));
    }

    @Test
    public void thePremiumFlagOfTheSegmentsMatchesThePremiumBar() {
        assertEquals(Segment.MID, byAssets(Thresholds.defaults().premiumMin().toPlainString()));
        assertTrue(Segment.MID.premium());
        assertFalse(Segment.MASS_AFFLUENT.premium());
    }

    @Test
    public void customThresholdsMoveEveryBoundary() {
        SegmentationRules strict = new SegmentationRules(new Thresholds(new BigDecimal("20000000"), new BigDecimal("2000000"),
                new BigDecimal("300000"), new BigDecimal("100000"), new BigDecimal("300000"), 18, 30));
        LocalDate birth = LocalDate.of(1996, 9, 30); // 30 on the quarter's last day
        assertEquals(Segment.PRIVATE, strict.classify(new BigDecimal("20000000"), null, null, null, QUARTER_END).segment());
        assertEquals(Segment.HIGH, strict.classify(new BigDecimal("19999999.99"), null, null, null, QUARTER_END).segment());
        assertEquals(Segment.MID, strict.classify(new BigDecimal("1999999.99"), null, null, null, QUARTER_END).segment());
        assertEquals(Segment.MASS_AFFLUENT, strict.classify(new BigDecimal("299999.99"), null, null, null, QUARTER_END).segment());
        assertEquals(Segment.POTENTIAL,
                strict.classify(new BigDecimal("99999.99"), null, birth, Education.BACHELOR, QUARTER_END).segment());
        assertEquals("17 is too young here", Segment.ORDINARY,
                strict.classify(BigDecimal.ONE, null, LocalDate.of(2009, 1, 1), Education.BACHELOR, QUARTER_END).segment());
        assertTrue(strict.classify(new BigDecimal("250000"), new BigDecimal("50000"), null, null, QUARTER_END).potentialPremium());
        assertFalse(strict.classify(new BigDecimal("300000"), new BigDecimal("50000"), null, null, QUARTER_END).potentialPremium());
    }
}
