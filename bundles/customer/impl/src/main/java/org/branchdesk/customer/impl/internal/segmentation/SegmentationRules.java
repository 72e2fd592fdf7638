package org.branchdesk.customer.impl.internal.segmentation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import org.branchdesk.customer.api.Education;
import org.branchdesk.customer.api.Segment;

/** Classifies one customer; pure, so that every boundary is unit-tested. */
public final class SegmentationRules {

    private final Thresholds t;

    public SegmentationRules(Thresholds thresholds) {
        this.t = Objects.requireNonNull(thresholds, "thresholds");
    }

    /**
     * @param averageAssets   average daily financial assets with this bank in the quarter; a
     *                        negative figure counts like any amount below the lowest threshold
     * @param otherBankAssets assets the customer declared at other banks, or null
     * @param birthDate       or null when unknown
     * @param education       or null when unknown
     * @param asOf            the day ages are counted at: the quarter's last day
     */
    public Classification classify(BigDecimal averageAssets, BigDecimal otherBankAssets, LocalDate birthDate, Education education,
            LocalDate asOf) {
        Objects.requireNonNull(averageAssets, "averageAssets");
        return new Classification(segment(averageAssets, birthDate, education, asOf), potentialPremium(averageAssets, otherBankAssets));
    }

    private Segment segment(BigDecimal assets, LocalDate birthDate, Education education, LocalDate asOf) {
        if (assets.compareTo(t.privateMin()) >= 0) {
            return Segment.PRIVATE;
        }
        if (assets.compareTo(t.highMin()) >= 0) {
            return Segment.HIGH;
        }
        if (assets.compareTo(t.midMin()) >= 0) {
            return Segment.MID;
        }
        if (assets.compareTo(t.massAffluentMin()) >= 0) {
            return Segment.MASS_AFFLUENT;
        }
        // unknown education or age cannot prove the POTENTIAL criteria
        boolean potential = education != null && education.university() && birthDate != null
                && inPotentialAgeBand(Period.between(birthDate, asOf).getYears());
        return potential ? Segment.POTENTIAL : Segment.ORDINARY;
    }

    private boolean inPotentialAgeBand(int age) {
        return age >= t.potentialMinAge() && age <= t.potentialMaxAge();
    }

    private boolean potentialPremium(BigDecimal assets, BigDecimal otherBankAssets) {
        return otherBankAssets != null && otherBankAssets.signum() > 0 && assets.compareTo(t.premiumMin()) < 0
                && assets.add(otherBankAssets).compareTo(t.premiumMin()) >= 0;
    }
}
