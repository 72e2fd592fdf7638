package org.branchdesk.marketing.api;

import java.math.BigDecimal;

import org.branchdesk.customer.api.Segment;

/**
 * One customer on a list.
 *
 * @param manager the customer's manager, or null
 * @param why     why they are on it, e.g. {@code premium}, {@code potential premium}, {@code open lead 12},
 *                {@code referral 4}, {@code segment POTENTIAL}
 */
public record ListEntry(String customerId, String name, Segment segment, BigDecimal averageAssets, String manager,
        String why) {
}
