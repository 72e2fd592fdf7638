package org.branchdesk.customer.impl.internal.segmentation;

import static org.branchdesk.platform.api.BranchTier.CONVENIENCE_STORE;
import static org.branchdesk.platform.api.BranchTier.OUTLET;
import static org.branchdesk.platform.api.BranchTier.VIP_CENTER;
import static org.branchdesk.platform.api.BranchTier.WEALTH_CENTER;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.branchdesk.customer.api.Entitlements;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.platform.api.BranchTier;

/**
 * What each segment entitles a customer to: the unified view strategy table of the bank's
 * segments (docs/domain.md, "Customer segments"), in the English terms used there.
 */
public final class SegmentCatalogue {

    private static final List<BranchTier> ALL_TIERS = List.of(WEALTH_CENTER, VIP_CENTER, OUTLET, CONVENIENCE_STORE);

    private static final List<String> PREMIUM_CHANNELS = List.of("branch", "online banking", "USB key", "dedicated hotline",
            "phone banking", "mobile banking", "self-service");
    private static final List<String> WEALTH_CHANNELS = List.of("branch", "online banking", "USB key", "phone banking",
            "mobile banking", "self-service");

    // the seed lists cash management apart from products; here it leads each product list
    private static final List<String> FULL_CASH_SERVICES = List.of("deposits", "payment and collection services", "settlement",
            "bank butler service", "safe deposit box");
    private static final List<String> BASIC_CASH_SERVICES = List.of("deposits", "payment and collection services", "settlement");

    private static final Entitlements PRIVATE = new Entitlements("private banking", "platinum card", ALL_TIERS,
            PREMIUM_CHANNELS,
            List.of("priority service", "preferential pricing", "dedicated CFP-level customer manager", "premium merchants"),
            products(FULL_CASH_SERVICES, "bonds", "funds", "stocks", "FX", "trusts", "exclusive wealth products",
                    "precious metals", "derivatives", "real estate", "entrusted asset management",
                    "tax, estate and retirement planning", "life insurance", "property insurance", "business loans",
                    "housing loans", "credit loans"));

    private static final Entitlements HIGH = new Entitlements("premium account", "premium account platinum card", ALL_TIERS,
            PREMIUM_CHANNELS,
            List.of("priority service", "preferential pricing", "dedicated AFP-level customer manager",
                    "comprehensive wealth service", "premium merchants"),
            products(FULL_CASH_SERVICES, "bonds", "funds", "stocks", "FX", "trusts", "exclusive wealth products",
                    "precious metals", "derivatives", "life insurance", "property insurance", "credit loans", "housing loans",
                    "car loans", "business loans"));

    private static final Entitlements MID = new Entitlements("premium account", "premium account card", ALL_TIERS,
            WEALTH_CHANNELS,
            List.of("priority service", "preferential pricing", "dedicated customer manager", "financial planning",
                    "preferred merchants"),
            products(FULL_CASH_SERVICES, "bonds", "funds", "stocks", "FX", "trusts", "wealth products", "precious metals",
                    "derivatives", "life insurance", "property insurance", "consumer loans", "housing loans", "car loans",
                    "business loans", "credit loans"));

    private static final Entitlements MASS_AFFLUENT = new Entitlements("gold debit card", "gold debit card", ALL_TIERS,
            WEALTH_CHANNELS, List.of("wealth consulting", "some value-added services"),
            products(List.of("deposits", "payment and collection services", "settlement", "some bank butler services",
                    "safe deposit box"), "bonds", "funds", "stocks", "FX", "trusts", "wealth products", "life insurance",
                    "property insurance", "consumer loans", "housing loans", "car loans", "business loans"));

    private static final Entitlements POTENTIAL = new Entitlements("youth card", "youth card", List.of(OUTLET, CONVENIENCE_STORE),
            List.of("branch", "online banking", "phone banking", "mobile banking", "self-service"),
            List.of("wealth consulting", "student loans"),
            products(BASIC_CASH_SERVICES, "bonds", "funds", "stocks", "life insurance", "student loans"));

    private static final Entitlements ORDINARY = new Entitlements("standard debit card", "standard debit card",
            List.of(CONVENIENCE_STORE), List.of("branch", "online banking", "phone banking", "self-service"), List.of(),
            products(BASIC_CASH_SERVICES, "bonds", "funds", "stocks", "life insurance", "pledge loans"));

    private SegmentCatalogue() {
    }

    /** The entitlements of a segment; the switch has no default so a new segment cannot compile without its row. */
    public static Entitlements of(Segment segment) {
        return switch (segment) {
            case PRIVATE -> PRIVATE;
            case HIGH -> HIGH;
            case MID -> MID;
            case MASS_AFFLUENT -> MASS_AFFLUENT;
            case POTENTIAL -> POTENTIAL;
            case ORDINARY -> ORDINARY;
        };
    }

    private static List<String> products(List<String> cashServices, String... others) {
        return Stream.concat(cashServices.stream(), Arrays.stream(others)).toList();
    }
}
