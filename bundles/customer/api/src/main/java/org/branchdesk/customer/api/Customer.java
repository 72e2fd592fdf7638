package org.branchdesk.customer.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's identity and current classification. Identity fields are masked or not
 * according to the caller's roles, and no other field gives back what a mask hides: a caller
 * who sees the ID number masked gets the birth year, not the birth date (a resident ID number
 * carries the birth date).
 *
 * @param birthDate        the birth date, only for callers who see the ID number in full; else null
 * @param birthYear        the year of birth, for every caller (null when unknown)
 * @param segment          current segment, or null before the first segmentation run
 * @param segmentQuarter   the quarter the segment was computed from, e.g. {@code 2026-Q3}
 * @param averageAssets    average daily financial assets in that quarter
 * @param potentialPremium below the premium threshold here, but above it with other-bank assets
 */
public record Customer(String id, String name, IdType idType, String idNumber, String phone,
        LocalDate birthDate, Integer birthYear, Education education, String occupation, List<String> cardNumbers,
        BigDecimal otherBankAssets, String manager, Segment segment, String segmentQuarter,
        BigDecimal averageAssets, boolean potentialPremium) {
}
