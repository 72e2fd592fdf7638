package org.branchdesk.customer.impl.internal.segmentation;

import static org.branchdesk.platform.api.BranchTier.CONVENIENCE_STORE;
import static org.branchdesk.platform.api.BranchTier.OUTLET;
import static org.branchdesk.platform.api.BranchTier.VIP_CENTER;
import static org.branchdesk.platform.api.BranchTier.WEALTH_CENTER;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.branchdesk.customer.api.Entitlements;
import org.branchdesk.customer.api.Segment;

/** What each segment entitles a customer to: the unified view strategy table (DOMAIN.md §2, seed 003). */
public final class SegmentCatalogue {

    private static final List<String> PREMIUM_CHANNELS = List.of("branch", "online banking", "USB key", "dedicated hotline",
            "phone banking", "mobile banking", "self-service");
    private static final Map<Segment, Entitlements> CATALOGUE = new EnumMap<>(Segment.class);

    static {
        CATALOGUE.put(Segment.PRIVATE, new Entitlements("private banking", "platinum card",
                List.of(WEALTH_CENTER, VIP_CENTER, OUTLET, CONVENIENCE_STORE), PREMIUM_CHANNELS,
                List.of("priority service", "preferential pricing", "dedicated CFP-level customer manager", "premium merchants"),
                List.of("deposits", "bonds", "funds", "stocks", "FX", "trusts", "exclusive wealth management products",
                        "precious metals", "derivatives", "real estate", "entrusted asset management",
                        "tax, estate and retirement planning", "life and property insurance", "business, housing and credit loans")));
        CATALOGUE.put(Segment.HIGH, new Entitlements("premium account (platinum)", "premium account platinum card",
                List.of(WEALTH_CENTER, VIP_CENTER, OUTLET, CONVENIENCE_STORE), PREMIUM_CHANNELS,
                List.of("priority service", "preferential pricing", "dedicated AFP-level customer manager", "premium merchants"),
                List.of("deposits", "bonds", "funds", "stocks", "FX", "trusts", "exclusive wealth products", "precious metals",
                        "derivatives", "comprehensive wealth service", "life and property insurance",
                        "credit, housing, car and business loans")));
        CATALOGUE.put(Segment.MID, new Entitlements("premium account (理财金账户)", "premium account gold card",
                List.of(WEALTH_CENTER, VIP_CENTER, OUTLET, CONVENIENCE_STORE),
                List.of("branch", "online banking", "USB key", "phone banking", "mobile banking", "self-service"),
                List.of("priority service", "preferential pricing", "dedicated customer manager", "financial planning",
                        "preferred merchants"),
                List.of("deposits", "bonds", "funds", "stocks", "FX", "trusts", "wealth products", "precious metals",
                        "derivatives", "life and property insurance", "consumer, housing, car, business and credit loans")));
        CATALOGUE.put(Segment.MASS_AFFLUENT, new Entitlements("gold debit card", "gold debit card (灵通卡金卡)",
                List.of(WEALTH_CENTER, VIP_CENTER, OUTLET, CONVENIENCE_STORE),
                List.of("branch", "online banking", "USB key", "phone banking", "mobile banking", "self-service"),
                List.of("wealth consulting", "some value-added services"),
                List.of("deposits", "bonds", "funds", "stocks", "FX", "trusts", "wealth products",
                        "life and property insurance", "consumer, housing, car and business loans")));
        CATALOGUE.put(Segment.POTENTIAL, new Entitlements("youth card", "youth card (e时代)", List.of(OUTLET, CONVENIENCE_STORE),
                List.of("branch", "online banking", "phone banking", "mobile banking", "self-service"),
                List.of("wealth consulting", "student loans"),
                List.of("deposits", "bonds", "funds", "stocks", "life insurance", "student loans", "credit card")));
        CATALOGUE.put(Segment.ORDINARY, new Entitlements("standard", "standard debit card", List.of(CONVENIENCE_STORE),
                List.of("branch", "online banking", "phone banking", "self-service"), List.of(),
                List.of("deposits", "bonds", "funds", "stocks", "life insurance", "pledge loans")));
    }

    private SegmentCatalogue() {
    }

    public static Entitlements of(Segment segment) {
        return CATALOGUE.get(segment);
    }
}
