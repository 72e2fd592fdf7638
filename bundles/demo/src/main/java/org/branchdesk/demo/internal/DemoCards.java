package org.branchdesk.demo.internal;

/** The first card number {@link DemoData} gives a demo customer, by index (D00001 is 0). */
final class DemoCards {

    private DemoCards() {
    }

    static String card(int index) {
        return "622202" + String.format("%013d", (long) index * 7919 + 1_000_000);
    }
}
