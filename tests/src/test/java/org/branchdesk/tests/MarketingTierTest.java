package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Contact marketing as one module of a wealth centre: its section in the unified view for the
 * staff who work the customer and no one else, and, with the module's bundle stopped, a view
 * without it while the customers, the lobby, complaints and relationship maintenance go on; started
 * again, it is back. (The convenience store, which has no marketing at all, is
 * {@link ConvenienceStoreDeploymentTest}.)
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MarketingTierTest extends BranchdeskTestSupport {

    private static boolean prepared;

    private String head;
    private String cm1;
    private String cm2;
    private String teller;

    @Before
    public void branch() throws Exception {
        if (!prepared) {
            importSampleBranch();
            staff("cm2", "CUSTOMER_MANAGER");
            prepared = true;
        }
        head = staff("head1", "CENTER_HEAD");
        cm1 = http.login("cm1", passwordOf("cm1"));
        cm2 = http.login("cm2", passwordOf("cm2"));
        teller = staff("teller1", "TELLER");
    }

    @Test
    public void theSectionIsForWhoWorksTheCustomer() throws Exception {
        JsonNode own = await(() -> section("T003", cm1), s -> s != null);
        assertEquals("Contact marketing: risk profile, plan, opportunities, campaigns and opt-outs", own.get("title").asText());
        JsonNode content = own.get("content");
        assertTrue(content.toString(), content.has("risk") && content.has("plan") && content.get("openOpportunities").isArray()
                && content.get("activeCampaigns").isArray() && content.has("lastContact") && content.get("optOuts").isArray());
        assertNotNull("the centre head works every customer", section("T003", head));
        assertNull("another manager's customer", section("T003", cm2));
        assertNull("a teller serves, does not work, the customer", section("T003", teller));
        assertNotNull("a customer without a manager is any manager's to develop", section("T005", cm2));
    }

    @Test
    public void withTheModuleStoppedTheRestOfTheBranchWorksAndStartedItIsBack() throws Exception {
        await(() -> section("T003", head), s -> s != null);
        Bundle module = installed("org.branchdesk.marketing.impl");
        module.stop();
        try {
            http.awaitHealthy(Duration.ofSeconds(20));
            assertEquals(404, http.get("marketing/lists/maintenance", head).status());
            Http.Reply view = http.get("customers/T003/view", head);
            assertEquals(view.toString(), 200, view.status());
            assertFalse(view.body(), view.json().get("sections").toString().contains("\"marketing\""));
            assertTrue(view.body(), view.json().get("sections").toString().contains("\"relationship\""));
            assertEquals(200, http.get("customers/T001", teller).status());
            assertEquals(200, http.get("lobby/record", staff("lobby1", "LOBBY_MANAGER")).status());
            assertEquals(200, http.get("complaints", head).status());
            assertEquals(200, http.get("relationship/loads", head).status());
            assertEquals(200, http.get("relationship/managers/cm1/book", cm1).status());
        } finally {
            module.start();
        }
        http.awaitHealthy(Duration.ofSeconds(30));
        assertNotNull(await(() -> section("T003", head), s -> s != null));
        assertEquals(200, (int) await(() -> http.get("marketing/lists/maintenance", head).status(), s -> s == 200));
    }

    private JsonNode section(String customerId, String token) {
        Http.Reply view = http.get("customers/" + customerId + "/view", token);
        if (view.status() == 403) {
            return null;
        }
        assertEquals(view.toString(), 200, view.status());
        for (JsonNode s : view.json().get("sections")) {
            if (s.get("id").asText().equals("marketing")) {
                return s;
            }
        }
        return null;
    }

    /** Waits for what the whiteboard brings a moment after a bundle starts. */
    private static <T> T await(Supplier<T> read, Predicate<T> until) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T value = read.get();
        while (!until.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            value = read.get();
        }
        assertTrue(String.valueOf(value), until.test(value));
        return value;
    }
}
