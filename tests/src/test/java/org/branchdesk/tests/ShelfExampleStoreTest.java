package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * The example integrator's bundle in a convenience store, which has no contact marketing: its
 * optional import of the marketing API leaves it resolving and serving, its proposer inactive.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShelfExampleStoreTest extends BranchdeskTestSupport {

    @Override
    protected String tier() {
        return "convenience-store";
    }

    @Test
    public void theExampleResolvesWithoutMarketingAndItsProposerWaits() throws Exception {
        Bundle example = context.installBundle(Path.of(System.getProperty("branchdesk.example")).toUri().toString());
        try {
            example.start();
            assertEquals(Bundle.ACTIVE, example.getState());
            assertNull("no proposer registered without the marketing module",
                    context.getServiceReference("org.branchdesk.marketing.api.ProductProposer"));
            // its other services are there (the routing rule, the section, the resource), only the proposer waits
            java.util.List<String> services = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (services.size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(100);
                services.clear();
                org.osgi.framework.ServiceReference<?>[] registered = example.getRegisteredServices();
                for (org.osgi.framework.ServiceReference<?> r : registered == null ? new org.osgi.framework.ServiceReference<?>[0] : registered) {
                    services.add(String.join(",", (String[]) r.getProperty(org.osgi.framework.Constants.OBJECTCLASS)));
                }
            }
            assertTrue(services.toString(), services.contains("org.branchdesk.lobby.api.RoutingRule"));
            assertFalse(services.toString(), services.toString().contains("ProductProposer"));
            assertEquals("no marketing here", 404, http.get("marketing/products", staff("store.head", "CENTER_HEAD")).status());
        } finally {
            example.uninstall();
        }
    }
}
