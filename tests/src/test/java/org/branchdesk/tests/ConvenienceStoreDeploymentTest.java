package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The convenience-store deployment. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConvenienceStoreDeploymentTest extends TierDeploymentTest {

    @Override
    protected String tier() {
        return "convenience-store";
    }

    @Override
    protected String expectedTier() {
        return "CONVENIENCE_STORE";
    }

    @Override
    protected List<String> expectedModules() {
        return List.of("complaint", "counter", "customer", "customer-segment-history", "lobby", "platform");
    }

    @Test
    public void premiumWealthBusinessIsReferredToTheSubBranch() {
        customers();
        var arrival = arrive("T007", "WEALTH_CONSULTATION"); // premium, no manager
        assertEquals("REFERRAL", arrival.get("guidance").get("servicePoint").asText());
        String leads = http.get("lobby/leads", staff("cm1", "CUSTOMER_MANAGER")).body();
        assertTrue(leads, leads.contains("\"T007\""));
    }

    /** No contact marketing here: its endpoints are 404, the view has no section of it, the rest answers as usual. */
    @Test
    public void hasNoContactMarketing() {
        customers();
        String head = staff("head1", "CENTER_HEAD");
        assertEquals(404, http.get("marketing/products", head).status());
        assertEquals(404, http.get("marketing/lists/maintenance", head).status());
        assertEquals(404, http.get("marketing/figures", head).status());
        Http.Reply view = http.get("customers/T003/view", head);
        assertEquals(view.toString(), 200, view.status());
        assertTrue(view.body(), view.json().get("sections").isArray());
        assertFalse(view.body(), view.json().get("sections").toString().contains("\"marketing\""));
        assertEquals(200, http.get("lobby/queues", staff("lobby1", "LOBBY_MANAGER")).status());
        assertEquals(200, http.get("complaints", head).status());
    }
}
