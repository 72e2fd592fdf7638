package org.branchdesk.marketing.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.marketing.api.Issuer;
import org.branchdesk.marketing.api.Product;
import org.branchdesk.marketing.api.RiskAssessment;
import org.branchdesk.marketing.api.RiskRating;
import org.branchdesk.marketing.api.RiskTolerance;
import org.branchdesk.marketing.api.SuitabilityRule;
import org.branchdesk.marketing.api.SuitabilityVerdict;
import org.junit.Test;

public class SuitabilityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static RiskAssessment risk(RiskTolerance t, LocalDate validUntil) {
        return new RiskAssessment(1, "C1", "2026-1", Map.of(), 50, t, "cm1", Instant.EPOCH, validUntil, false);
    }

    private static Product product(RiskRating risk, String minimum, LocalDate from, LocalDate to, boolean retired, Segment... segments) {
        return new Product("P-1", "P", "funds", ProductCategory.FUND, Issuer.OWN, risk, new BigDecimal(minimum), null, from, to,
                List.of(segments), List.of(), retired);
    }

    private static List<SuitabilityRule> refusals(RiskAssessment risk, Segment segment, Product p, String amount) {
        return SuitabilityRules.verdict("C1", "P-1", risk, segment, p, amount == null ? null : new BigDecimal(amount), TODAY).refusals();
    }

    @Test
    public void aSuitableOfferHasNoRefusalAndNoReason() {
        SuitabilityVerdict v = SuitabilityRules.verdict("C1", "P-1", risk(RiskTolerance.C3, TODAY), Segment.MID,
                product(RiskRating.R3, "1000", TODAY, TODAY, false, Segment.MID), null, TODAY);
        assertTrue(v.suitable());
        assertNull(v.reason());
    }

    @Test
    public void eachRuleOnItsOwn() {
        Product ok = product(RiskRating.R2, "1000", null, null, false, Segment.MID);
        RiskAssessment c3 = risk(RiskTolerance.C3, TODAY.plusDays(1));
        assertEquals(List.of(SuitabilityRule.RISK_PROFILE_MISSING), refusals(null, Segment.MID, ok, null));
        assertEquals(List.of(SuitabilityRule.RISK_PROFILE_EXPIRED), refusals(risk(RiskTolerance.C3, TODAY.minusDays(1)), Segment.MID, ok, null));
        assertEquals(List.of(SuitabilityRule.RISK_ABOVE_TOLERANCE), refusals(c3, Segment.MID, product(RiskRating.R4, "0", null, null, false,
                Segment.MID), null));
        assertEquals(List.of(SuitabilityRule.SEGMENT_NOT_OFFERED), refusals(c3, Segment.HIGH, ok, null));
        assertEquals("no segment yet", List.of(SuitabilityRule.SEGMENT_NOT_OFFERED), refusals(c3, null, ok, null));
        assertEquals(List.of(SuitabilityRule.BELOW_MINIMUM), refusals(c3, Segment.MID, ok, "999.99"));
        assertEquals(List.of(), refusals(c3, Segment.MID, ok, "1000"));
        assertEquals(List.of(SuitabilityRule.OUTSIDE_SALE_WINDOW), refusals(c3, Segment.MID, product(RiskRating.R1, "0", TODAY.plusDays(1),
                null, false, Segment.MID), null));
        assertEquals(List.of(SuitabilityRule.OUTSIDE_SALE_WINDOW), refusals(c3, Segment.MID, product(RiskRating.R1, "0", null,
                TODAY.minusDays(1), false, Segment.MID), null));
        assertEquals(List.of(SuitabilityRule.NOT_ON_SHELF), refusals(c3, Segment.MID, product(RiskRating.R1, "0", null, null, true,
                Segment.MID), null));
        assertEquals(List.of(SuitabilityRule.NOT_ON_SHELF), refusals(c3, Segment.MID, null, null));
    }

    @Test
    public void everyRefusalInTheRulesOrderTheFirstInWords() {
        SuitabilityVerdict v = SuitabilityRules.verdict("C1", "P-1", risk(RiskTolerance.C1, TODAY.minusDays(1)), Segment.ORDINARY,
                product(RiskRating.R5, "1000", null, TODAY.minusDays(1), true, Segment.PRIVATE), new BigDecimal("1"), TODAY);
        assertEquals(List.of(SuitabilityRule.values()).subList(1, SuitabilityRule.values().length), v.refusals());
        assertTrue(v.reason(), v.reason().startsWith("RISK_PROFILE_EXPIRED: "));
        SuitabilityVerdict risk = SuitabilityRules.verdict("C1", "P-1", risk(RiskTolerance.C3, TODAY), Segment.MID,
                product(RiskRating.R4, "0", null, null, false, Segment.MID), null, TODAY);
        assertEquals("RISK_ABOVE_TOLERANCE: product P-1 is R4, above the customer's tolerance C3", risk.reason());
    }
}
