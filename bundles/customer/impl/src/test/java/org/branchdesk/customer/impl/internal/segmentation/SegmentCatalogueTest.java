package org.branchdesk.customer.impl.internal.segmentation;

import static org.branchdesk.platform.api.BranchTier.CONVENIENCE_STORE;
import static org.branchdesk.platform.api.BranchTier.OUTLET;
import static org.branchdesk.platform.api.BranchTier.VIP_CENTER;
import static org.branchdesk.platform.api.BranchTier.WEALTH_CENTER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import org.branchdesk.customer.api.Entitlements;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.platform.api.BranchTier;
import org.junit.Test;

/** The unified view strategy table (docs/domain.md, "Customer segments"). */
public class SegmentCatalogueTest {

    @Test
    public void everySegmentHasACompleteRow() {
        for (Segment s : Segment.values()) {
            Entitlements e = SegmentCatalogue.of(s);
            assertFalse(s.name(), e.serviceBrand().isBlank());
            assertFalse(s.name(), e.card().isBlank());
            assertFalse(s.name(), e.branchTiers().isEmpty());
            assertTrue(s.name(), e.channels().contains("branch"));
            assertTrue(s.name(), e.products().contains("deposits"));
        }
    }

    @Test
    public void branchTiersServingEachSegment() {
        Set<BranchTier> all = Set.of(WEALTH_CENTER, VIP_CENTER, OUTLET, CONVENIENCE_STORE);
        assertEquals(all, Set.copyOf(SegmentCatalogue.of(Segment.PRIVATE).branchTiers()));
        assertEquals(all, Set.copyOf(SegmentCatalogue.of(Segment.HIGH).branchTiers()));
        assertEquals(all, Set.copyOf(SegmentCatalogue.of(Segment.MID).branchTiers()));
        assertEquals(all, Set.copyOf(SegmentCatalogue.of(Segment.MASS_AFFLUENT).branchTiers()));
        assertEquals(List.of(OUTLET, CONVENIENCE_STORE), SegmentCatalogue.of(Segment.POTENTIAL).branchTiers());
        assertEquals(List.of(CONVENIENCE_STORE), SegmentCatalogue.of(Segment.ORDINARY).branchTiers());
    }

    @Test
    public void channelsNarrowDownTheSegments() {
        List<String> premium = List.of("branch", "online banking", "USB key", "dedicated hotline", "phone banking",
                "mobile banking", "self-service");
        assertEquals(premium, SegmentCatalogue.of(Segment.PRIVATE).channels());
        assertEquals(premium, SegmentCatalogue.of(Segment.HIGH).channels());
        List<String> wealth = List.of("branch", "online banking", "USB key", "phone banking", "mobile banking", "self-service");
        assertEquals(wealth, SegmentCatalogue.of(Segment.MID).channels());
        assertEquals(wealth, SegmentCatalogue.of(Segment.MASS_AFFLUENT).channels());
        assertEquals(List.of("branch", "online banking", "phone banking", "mobile banking", "self-service"),
                SegmentCatalogue.of(Segment.POTENTIAL).channels());
        assertEquals(List.of("branch", "online banking", "phone banking", "self-service"),
                SegmentCatalogue.of(Segment.ORDINARY).channels());
    }

    @Test
    public void brandsCardsAndServicesOfTheStrategy() {
        assertEquals("private banking", SegmentCatalogue.of(Segment.PRIVATE).serviceBrand());
        assertTrue(SegmentCatalogue.of(Segment.PRIVATE).addOnServices().contains("dedicated CFP-level customer manager"));
        assertTrue(SegmentCatalogue.of(Segment.HIGH).card().contains("platinum"));
        assertTrue(SegmentCatalogue.of(Segment.HIGH).addOnServices().contains("dedicated AFP-level customer manager"));
        assertEquals("premium account", SegmentCatalogue.of(Segment.MID).serviceBrand());
        assertTrue(SegmentCatalogue.of(Segment.MID).addOnServices().contains("dedicated customer manager"));
        assertEquals("gold debit card", SegmentCatalogue.of(Segment.MASS_AFFLUENT).card());
        assertEquals("youth card", SegmentCatalogue.of(Segment.POTENTIAL).card());
        assertTrue(SegmentCatalogue.of(Segment.POTENTIAL).products().contains("student loans"));
        assertEquals("standard debit card", SegmentCatalogue.of(Segment.ORDINARY).card());
        assertEquals(List.of(), SegmentCatalogue.of(Segment.ORDINARY).addOnServices());
    }
}
