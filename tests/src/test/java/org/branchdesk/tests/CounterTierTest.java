package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * Business processing as one module of the branch: with the counter bundle stopped the customers,
 * the lobby and marketing go on and the view has no counter section; with the lobby stopped the
 * counter goes on, refusing a ticket link clearly and saying the lobby is not installed in its
 * figures. (Which tiers deploy the module: the tier deployment tests.)
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CounterTierTest extends BranchdeskTestSupport {

    private static boolean prepared;
    private String teller;
    private String head;

    @Before
    public void branch() {
        if (!prepared) {
            importSampleBranch();
            prepared = true;
        }
        teller = staff("tier-teller1", "TELLER");
        head = staff("tier-head1", "CENTER_HEAD");
    }

    private String inquiry(String extra) {
        return "{\"type\":\"INQUIRY_REPLY\",\"customerId\":\"T003\"," + extra + "\"fields\":{\"subject\":\"tier " + System.nanoTime()
                + "\",\"question\":\"Is the account in good standing?\"}}";
    }

    @Test
    public void withTheCounterStoppedEveryOtherModuleGoesOn() throws Exception {
        assertEquals(200, http.get("counter/types", teller).status());
        Bundle counter = installed("org.branchdesk.counter.impl");
        counter.stop();
        try {
            http.awaitHealthy(Duration.ofSeconds(20));
            assertEquals(404, http.get("counter/types", teller).status());
            Http.Reply view = http.get("customers/T003/view", head);
            assertEquals(view.toString(), 200, view.status());
            assertFalse(view.body(), view.json().get("sections").toString().contains("\"counter\""));
            assertEquals(200, http.get("customers/T001", teller).status());
            assertEquals(200, http.get("lobby/record", staff("tier-lobby1", "LOBBY_MANAGER")).status());
            assertEquals(200, http.get("marketing/figures", head).status());
        } finally {
            counter.start();
        }
        http.awaitHealthy(Duration.ofSeconds(30));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (http.get("counter/types", teller).status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(200, http.get("counter/types", teller).status());
    }

    @Test
    public void withTheLobbyStoppedTheCounterGoesOn() throws Exception {
        Bundle lobby = installed("org.branchdesk.lobby.impl");
        lobby.stop();
        try {
            http.awaitHealthy(Duration.ofSeconds(20));
            Http.Reply linked = http.postJson("counter/requests", teller, inquiry("\"ticketId\":1,"));
            assertEquals(linked.toString(), 400, linked.status());
            assertEquals("ticketId", linked.json().get("field").asText());
            assertTrue(linked.body(), linked.body().contains("not installed"));
            assertEquals(201, http.postJson("counter/requests", teller, inquiry("")).status());
            Http.Reply figures = http.get("counter/figures", head);
            assertEquals(figures.toString(), 200, figures.status());
            assertEquals("not installed", figures.json().get("lobbyModule").asText());
            assertTrue(figures.body(), figures.json().get("diversion").isNull());
        } finally {
            lobby.start();
        }
        http.awaitHealthy(Duration.ofSeconds(30));
    }
}
