package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.branchdesk.marketing.api.ListEntry;

/** The arithmetic of the lists and the figures, without a framework. */
final class ListRules {

    private ListRules() {
    }

    /**
     * Entries from several sources as one list, by customer number, at most {@code limit}: a customer
     * on it for several reasons appears once, the reasons joined in the order they were found, and
     * what a later source knows (name, segment) fills what an earlier one did not.
     */
    static List<ListEntry> merge(List<ListEntry> entries, int limit) {
        Map<String, ListEntry> byId = new TreeMap<>();
        for (ListEntry e : entries) {
            byId.merge(e.customerId(), e, ListRules::join);
        }
        List<ListEntry> list = new ArrayList<>(limit);
        for (ListEntry e : byId.values()) {
            if (list.size() == limit) {
                break;
            }
            list.add(e);
        }
        return Collections.unmodifiableList(list);
    }

    private static ListEntry join(ListEntry a, ListEntry b) {
        String why = a.why().equals(b.why()) || a.why().contains(b.why()) ? a.why() : a.why() + "; " + b.why();
        return new ListEntry(a.customerId(), a.name() != null ? a.name() : b.name(), a.segment() != null ? a.segment() : b.segment(),
                a.averageAssets() != null ? a.averageAssets() : b.averageAssets(), a.manager() != null ? a.manager() : b.manager(), why);
    }

    /** Customers counted in a family-count table (families held to customers). */
    static long customers(Map<Integer, Long> byFamiliesHeld) {
        return byFamiliesHeld.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Families held per customer, to two decimals; 0 without customers. */
    static BigDecimal averageFamilies(Map<Integer, Long> byFamiliesHeld) {
        long customers = customers(byFamiliesHeld);
        if (customers == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        long families = byFamiliesHeld.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
        return BigDecimal.valueOf(families).divide(BigDecimal.valueOf(customers), 2, RoundingMode.HALF_UP);
    }

    /** The share of the customers holding at least {@code threshold} families, 0 to 1 to four decimals. */
    static BigDecimal crossSellRate(Map<Integer, Long> byFamiliesHeld, int threshold) {
        long crossSold = byFamiliesHeld.entrySet().stream().filter(e -> e.getKey() >= threshold).mapToLong(Map.Entry::getValue).sum();
        return share(crossSold, customers(byFamiliesHeld));
    }

    /** {@code part / whole}, 0 to 1 to four decimals; 0 when the whole is 0. */
    static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
