package org.branchdesk.customer.api;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Which customers a selection takes: those matching every criterion given (null or empty: any).
 *
 * @param segments          in one of these segments
 * @param minAssets         average daily financial assets at least this (inclusive)
 * @param maxAssets         and below this (exclusive)
 * @param potentialPremium  potential premium (true) or not (false)
 * @param holds             holding a balance in every one of these categories
 * @param lacks             holding no balance in any of these categories
 * @param maturingWithinDays with a holding maturing between today and this many days ahead (1 to 366)
 * @param minAge            aged at least this today (customers of unknown birth date are left out by an age band)
 * @param maxAge            aged at most this today
 * @param manager           whose manager is this username
 * @param hasManager        with a manager (true) or without one (false)
 * @since 2.1
 */
public record TargetCriteria(Set<Segment> segments, BigDecimal minAssets, BigDecimal maxAssets, Boolean potentialPremium,
        Set<ProductCategory> holds, Set<ProductCategory> lacks, Integer maturingWithinDays, Integer minAge,
        Integer maxAge, String manager, Boolean hasManager) {

    /** Every customer. */
    public static TargetCriteria any() {
        return new TargetCriteria(null, null, null, null, null, null, null, null, null, null, null);
    }
}
