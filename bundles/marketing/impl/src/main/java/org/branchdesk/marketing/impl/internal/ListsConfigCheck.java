package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/**
 * The rules of the {@value #PID} configuration, in one place: the platform's guard asks this check
 * before a configuration reaches the lists and the figures; they run the same rules on what they
 * are given ({@link #reserve}, {@link #families}).
 */
@Component(property = ConfigurationCheck.PID + "=" + ListsConfigCheck.PID)
public final class ListsConfigCheck implements ConfigurationCheck {

    static final String PID = "org.branchdesk.marketing.lists";
    static final String RESERVE_SEGMENTS = "reserveSegments", RESERVE_MIN_ASSETS = "reserveMinAssets",
            CROSS_SELL_FAMILIES = "crossSellFamilies";
    /** The families a customer can hold a balance in (the customer module counts a loan as one: a product sold). */
    static final int MOST_FAMILIES = ProductCategory.values().length;

    /** What the reserve list takes. */
    record Reserve(Set<Segment> segments, BigDecimal minAssets) {
    }

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        return errors(ConfigurationCheck.valuesOrDefault(properties, RESERVE_SEGMENTS, ListsConfig.class),
                one(properties, RESERVE_MIN_ASSETS), one(properties, CROSS_SELL_FAMILIES));
    }

    /** What is wrong, one error per offending attribute, each naming it. */
    static List<FieldError> errors(String[] segments, String minAssets, String families) {
        List<FieldError> errors = new ArrayList<>();
        try {
            segments(segments);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(RESERVE_SEGMENTS, e.getMessage()));
        }
        try {
            minAssets(minAssets);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(RESERVE_MIN_ASSETS, e.getMessage()));
        }
        try {
            families(families);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(CROSS_SELL_FAMILIES, e.getMessage()));
        }
        return errors;
    }

    /** The reserve criteria of a configuration that passed (one that did not stops the component with the same message). */
    static Reserve reserve(ListsConfig config) {
        return new Reserve(segments(config.reserveSegments()), minAssets(config.reserveMinAssets()));
    }

    static int families(ListsConfig config) {
        return families(String.valueOf(config.crossSellFamilies()));
    }

    private static Set<Segment> segments(String[] values) {
        Set<Segment> segments = EnumSet.noneOf(Segment.class);
        for (String value : values) {
            String name = value == null ? "" : value.trim();
            if (name.isEmpty()) {
                continue;
            }
            Segment segment;
            try {
                segment = Segment.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(RESERVE_SEGMENTS + ": '" + name + "' is not a segment (MASS_AFFLUENT, POTENTIAL, ORDINARY)");
            }
            if (segment.premium()) {
                throw new IllegalArgumentException(RESERVE_SEGMENTS + ": " + name
                        + " is a premium segment, whose customers are on the maintenance list, not the reserve");
            }
            segments.add(segment);
        }
        return segments;
    }

    private static BigDecimal minAssets(String value) {
        try {
            BigDecimal amount = new BigDecimal(value.trim());
            if (amount.signum() >= 0 && amount.scale() <= 2 && amount.precision() - amount.scale() <= 17) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(RESERVE_MIN_ASSETS + ": '" + value + "' is not an amount of 0 or more with at most two decimals");
    }

    private static int families(String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= MOST_FAMILIES) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(CROSS_SELL_FAMILIES + ": '" + value + "' is not a whole number of families from 1 to " + MOST_FAMILIES);
    }

    private static String one(Map<String, Object> properties, String attribute) {
        String[] values = ConfigurationCheck.valuesOrDefault(properties, attribute, ListsConfig.class);
        return values.length == 1 ? values[0] : String.join(",", values);
    }
}
