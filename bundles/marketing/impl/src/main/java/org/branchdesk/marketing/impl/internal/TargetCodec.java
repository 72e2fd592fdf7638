package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.api.TargetCriteria;

/**
 * A campaign's target definition as the text its row keeps, {@code key=value;...} with sets
 * joined by {@code ,}: readable in the database, and a new criterion is a new key.
 */
final class TargetCodec {

    private TargetCodec() {
    }

    static String encode(TargetCriteria c) {
        List<String> parts = new ArrayList<>();
        if (c.segments() != null && !c.segments().isEmpty()) {
            parts.add("segments=" + join(EnumSet.copyOf(c.segments())));
        }
        put(parts, "minAssets", c.minAssets() == null ? null : c.minAssets().toPlainString());
        put(parts, "maxAssets", c.maxAssets() == null ? null : c.maxAssets().toPlainString());
        put(parts, "potentialPremium", c.potentialPremium());
        if (c.holds() != null && !c.holds().isEmpty()) {
            parts.add("holds=" + join(EnumSet.copyOf(c.holds())));
        }
        if (c.lacks() != null && !c.lacks().isEmpty()) {
            parts.add("lacks=" + join(EnumSet.copyOf(c.lacks())));
        }
        put(parts, "maturingWithinDays", c.maturingWithinDays());
        put(parts, "minAge", c.minAge());
        put(parts, "maxAge", c.maxAge());
        put(parts, "manager", c.manager());
        put(parts, "hasManager", c.hasManager());
        return String.join(";", parts);
    }

    static TargetCriteria decode(String text) {
        Map<String, String> v = new HashMap<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(";")) {
                int eq = part.indexOf('=');
                v.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return new TargetCriteria(set(v.get("segments"), Segment.class), decimal(v.get("minAssets")), decimal(v.get("maxAssets")),
                bool(v.get("potentialPremium")), set(v.get("holds"), ProductCategory.class), set(v.get("lacks"), ProductCategory.class),
                integer(v.get("maturingWithinDays")), integer(v.get("minAge")), integer(v.get("maxAge")), v.get("manager"),
                bool(v.get("hasManager")));
    }

    private static void put(List<String> parts, String key, Object value) {
        if (value != null) {
            parts.add(key + "=" + value);
        }
    }

    private static String join(Set<? extends Enum<?>> values) {
        return String.join(",", values.stream().map(Enum::name).toList());
    }

    private static <E extends Enum<E>> Set<E> set(String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        Set<E> s = EnumSet.noneOf(type);
        Arrays.stream(value.split(",")).map(n -> Enum.valueOf(type, n)).forEach(s::add);
        return Set.copyOf(s);
    }

    private static BigDecimal decimal(String v) {
        return parsed(v, BigDecimal::new);
    }

    private static Integer integer(String v) {
        return parsed(v, Integer::valueOf);
    }

    private static Boolean bool(String v) {
        return parsed(v, Boolean::valueOf);
    }

    private static <T> T parsed(String v, Function<String, T> parse) {
        return v == null ? null : parse.apply(v);
    }
}
