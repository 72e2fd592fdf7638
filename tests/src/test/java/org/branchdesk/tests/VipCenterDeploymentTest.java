package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The vip-center deployment. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VipCenterDeploymentTest extends TierDeploymentTest {

    @Override
    protected String tier() {
        return "vip-center";
    }

    @Override
    protected String expectedTier() {
        return "VIP_CENTER";
    }

    @Override
    protected List<String> expectedModules() {
        return List.of("complaint", "counter", "customer", "customer-segment-history", "lobby", "marketing", "platform", "relationship");
    }

    @Test
    public void premiumCustomersAreGuidedInPersonWithoutATicket() {
        customers();
        var arrival = arrive("T001", "CASH");
        assertEquals("VIP_ROOM", arrival.get("guidance").get("servicePoint").asText());
        assertEquals("PERSONAL", arrival.get("guidance").get("mode").asText());
    }
}
