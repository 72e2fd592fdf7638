package org.branchdesk.marketing.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.branchdesk.customer.api.Segment;
import org.branchdesk.marketing.api.ListEntry;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

/** The lists' merging, the figures' arithmetic and the rules of the lists' configuration. */
public class ListRulesTest {

    @Test
    public void aCustomerOnTheListForTwoReasonsAppearsOnceWithBoth() {
        List<ListEntry> merged = ListRules.merge(List.of(
                new ListEntry("C3", null, Segment.MASS_AFFLUENT, new BigDecimal("90000.00"), "cm1", "potential premium"),
                new ListEntry("C1", "王伟", Segment.POTENTIAL, BigDecimal.TEN, "cm1", "potential premium"),
                new ListEntry("C3", "李娜", null, null, null, "open lead 7")), 10);
        assertEquals(2, merged.size());
        assertEquals("C1", merged.get(0).customerId());
        ListEntry c3 = merged.get(1);
        assertEquals("potential premium; open lead 7", c3.why());
        assertEquals("李娜", c3.name());
        assertEquals(Segment.MASS_AFFLUENT, c3.segment());
        assertEquals("cm1", c3.manager());
    }

    @Test
    public void theLimitKeepsTheFirstByCustomerNumber() {
        List<ListEntry> merged = ListRules.merge(List.of(entry("C9"), entry("C2"), entry("C5")), 2);
        assertEquals(List.of("C2", "C5"), merged.stream().map(ListEntry::customerId).toList());
    }

    @Test
    public void crossSellingCountsCustomersByFamiliesHeld() {
        Map<Integer, Long> counts = Map.of(0, 1L, 1, 2L, 3, 4L, 5, 1L); // 8 customers, 2 + 12 + 5 = 19 families
        assertEquals(8, ListRules.customers(counts));
        assertEquals(new BigDecimal("2.38"), ListRules.averageFamilies(counts));
        assertEquals(new BigDecimal("0.6250"), ListRules.crossSellRate(counts, 3));
        assertEquals(new BigDecimal("0.1250"), ListRules.crossSellRate(counts, 4));
        assertEquals(new BigDecimal("0.00"), ListRules.averageFamilies(Map.of()));
        assertEquals(new BigDecimal("0.0000"), ListRules.crossSellRate(Map.of(), 3));
        assertEquals(new BigDecimal("0.3333"), ListRules.share(1, 3));
    }

    @Test
    public void theDefaultConfigurationPassesAndEveryBadValueIsNamed() {
        assertTrue(ListsConfigCheck.errors(new String[] { "POTENTIAL", "MASS_AFFLUENT" }, "0", "3").isEmpty());
        assertTrue(ListsConfigCheck.errors(new String[0], "50000.50", "10").isEmpty());
        List<FieldError> errors = ListsConfigCheck.errors(new String[] { "POTENTIAL", "MID" }, "-1", "0");
        assertEquals(List.of("reserveSegments", "reserveMinAssets", "crossSellFamilies"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("MID is a premium segment"));
        assertEquals("reserveSegments", ListsConfigCheck.errors(new String[] { "RICH" }, "0", "3").get(0).field());
        assertEquals("reserveMinAssets", ListsConfigCheck.errors(new String[0], "lots", "3").get(0).field());
        assertEquals("reserveMinAssets", ListsConfigCheck.errors(new String[0], "1.001", "3").get(0).field());
        assertEquals("crossSellFamilies", ListsConfigCheck.errors(new String[0], "0", "11").get(0).field());
    }

    @Test
    public void theCheckReadsTheDefaultsOfWhatIsNotSet() {
        assertTrue(new ListsConfigCheck().check(Map.of()).isEmpty());
        assertEquals("crossSellFamilies", new ListsConfigCheck().check(Map.of("crossSellFamilies", "x")).get(0).field());
        assertEquals("reserveSegments", new ListsConfigCheck().check(Map.of("reserveSegments", new String[] { "HIGH" })).get(0).field());
    }

    private static ListEntry entry(String id) {
        return new ListEntry(id, null, Segment.POTENTIAL, BigDecimal.ONE, null, "segment POTENTIAL");
    }
}
