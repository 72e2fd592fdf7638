package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The outlet deployment. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OutletDeploymentTest extends TierDeploymentTest {

    @Override
    protected String tier() {
        return "outlet";
    }

    @Override
    protected String expectedTier() {
        return "OUTLET";
    }

    @Override
    protected List<String> expectedModules() {
        return List.of("complaint", "counter", "customer", "customer-segment-history", "lobby", "marketing", "platform");
    }

    @Test
    public void premiumCashGoesToThePriorityWindow() {
        customers();
        assertEquals("PRIORITY_WINDOW", arrive("T001", "CASH").get("guidance").get("servicePoint").asText());
    }
}
