package org.branchdesk.customer.impl.internal.segmentation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

import org.branchdesk.customer.api.Education;
import org.branchdesk.customer.api.Segment;

/** Classifies one customer; pure, so every boundary is unit-tested. */
public final class SegmentationRules {

    private final Thresholds t;

    public SegmentationRules(Thresholds thresholds) {
        this.t = thresholds;
    }

    /**
     * @param averageAssets   average daily financial assets with this bank in the quarter
     * @param otherBankAssets assets the customer declared at other banks, or null
     * @param birthDate       or null when unknown
     * @param education       or null when unknown
     * @param asOf            the day ages are counted at: the quarter's last day
     */
    public Classification classify(BigDecimal averageAssets, BigDecimal otherBankAssets, LocalDate birthDate, Education education,
            LocalDate asOf) {
        Segment segment;
        if (averageAssets.compareTo(t.privateMin()) >= 0) {
            segment = Segment.PRIVATE;
        } else if (averageAssets.compareTo(t.highMin()) >= 0) {
            segment = Segment.HIGH;
        } else if (averageAssets.compareTo(t.midMin()) >= 0) {
            segment = Segment.MID;
        } else if (averageAssets.compareTo(t.massAffluentMin()) >= 0) {
            segment = Segment.MASS_AFFLUENT;
        } else if (education != null && education.university() && ageBetween(birthDate, asOf)) {
            segment = Segment.POTENTIAL;
        } else {
            segment = Segment.ORDINARY;
        }
        boolean potentialPremium = averageAssets.compareTo(t.premiumMin()) < 0 && otherBankAssets != null
                && otherBankAssets.signum() > 0 && averageAssets.add(otherBankAssets).compareTo(t.premiumMin()) >= 0;
        return new Classification(segment, potentialPremium);
    }

    private boolean ageBetween(LocalDate birthDate, LocalDate asOf) {
        if (birthDate == null) {
            return false;
        }
        int age = Period.between(birthDate, asOf).getYears();
        return age >= t.potentialMinAge() && age <= t.potentialMaxAge();
    }
}
