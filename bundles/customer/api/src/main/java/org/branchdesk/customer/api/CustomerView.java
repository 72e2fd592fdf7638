package org.branchdesk.customer.api;

import java.math.BigDecimal;
import java.util.List;

import org.branchdesk.platform.security.Staff;

/**
 * The customer unified view.
 *
 * @param customer       identity and classification (masked per the caller's roles)
 * @param premium        segment is premium (financial assets 200,000 or more)
 * @param entitlements   what the segment entitles the customer to, or null before segmentation
 * @param manager        the dedicated customer manager, or null
 * @param holdings       holdings by product category
 * @param totalAssets    sum of asset holdings (loans excluded)
 * @param totalLiabilities sum of loans
 * @param sections       sections contributed by other bundles, in service-ranking order
 */
public record CustomerView(Customer customer, boolean premium, Entitlements entitlements, Staff manager,
        List<Holding> holdings, BigDecimal totalAssets, BigDecimal totalLiabilities, List<ViewSection> sections) {
}
