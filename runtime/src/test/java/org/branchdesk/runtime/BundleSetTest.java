package org.branchdesk.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.Test;

public class BundleSetTest {

    private final BundleSet bundles = new BundleSet(BundleSetTest.class::getResourceAsStream);

    @Test
    public void tiersAreTheListsInTheJar() {
        assertEquals(Set.of("wealth-center", "outlet"), bundles.tiers());
    }

    @Test
    public void listsSkipCommentsAndBlankLines() {
        assertEquals(List.of("a-1.0.jar"), bundles.list("wealth-center"));
        assertTrue(bundles.list("demo").isEmpty());
    }

    @Test
    public void aBundleMissingFromTheJarIsAnError() {
        String message = assertThrows(IllegalStateException.class, () -> bundles.list("outlet")).getMessage();
        assertTrue(message, message.contains("missing-2.0.jar"));
    }
}
