package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The integrator's example bundle (examples/prospecting) goes into a running branch through the
 * deploy/ folder while staff keep working, and out again; then the same over the REST call.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployTest extends BranchdeskTestSupport {

    private static final String EXAMPLE_RULE = "prospecting: potential premium to a customer manager";

    private String admin;
    private String head;
    private String lobby;

    @Before
    public void branchAtWork() throws Exception {
        liftSearchLimit(); // the load below searches far faster than a person may
        admin = admin();
        staff("cm1", "CUSTOMER_MANAGER");
        assertEquals(200, http.post("import/customers", admin, "text/csv", SampleData.customers()).status());
        assertEquals(200, http.post("import/balances", admin, "text/csv", SampleData.balances()).status());
        assertEquals(201, http.postJson("segmentation/runs", admin, "{\"quarter\":\"2026-Q3\"}").status());
        head = staff("head", "CENTER_HEAD");
        lobby = staff("lobby1", "LOBBY_MANAGER");
    }

    @Test
    public void theExampleComesAndGoesWhileRequestsAreServed() throws Exception {
        Path example = Path.of(System.getProperty("branchdesk.example"));
        assertTrue("build examples/prospecting first: " + example, Files.isRegularFile(example));
        Path deployed = data().resolve("deploy").resolve("prospecting.jar");
        // T004 is potential premium (assets at another bank); for cash the built-in table sends them to the machines
        assertEquals("SELF_SERVICE", arrive("T004").get("servicePoint").asText());
        assertEquals(404, http.get("prospecting/T004", head).status());

        Load load = new Load();
        load.start();
        try {
            load.awaitMore(30); // the load runs before, during and after each change, however fast the machine
            Files.copy(example, deployed, StandardCopyOption.REPLACE_EXISTING);
            awaitStatus("prospecting/T004", 200);
            JsonNode prospect = http.get("prospecting/T004", head).json();
            assertTrue(prospect.toString(), prospect.get("potentialPremium").asBoolean());
            assertEquals("250000.00", prospect.get("combined").asText());
            assertTrue(sections("T004").contains("prospecting"));
            JsonNode guidance = arrive("T004");
            assertEquals("CUSTOMER_MANAGER", guidance.get("servicePoint").asText());
            assertEquals(EXAMPLE_RULE, guidance.get("rule").asText());
            assertEquals("SELF_SERVICE", arrive("T006").get("servicePoint").asText()); // the rule takes only its customers
            assertTrue(http.awaitHealthy(Duration.ofSeconds(20)).get("modules").toString().contains("prospecting"));

            load.awaitMore(30);
            Files.delete(deployed);
            awaitStatus("prospecting/T004", 404);
            assertFalse(sections("T004").contains("prospecting"));
            assertEquals("SELF_SERVICE", arrive("T004").get("servicePoint").asText());
            assertFalse(http.awaitHealthy(Duration.ofSeconds(20)).get("modules").toString().contains("prospecting"));
            load.awaitMore(30);
        } finally {
            load.stop();
        }
        assertTrue("requests failed during the deployment: " + load.failures, load.failures.isEmpty());
        assertTrue(sections("T003").contains("segment-history")); // everything else intact
    }

    @Test
    public void adminDeploysOverRestAndABundleThatCannotResolveIsRefused() throws Exception {
        byte[] broken = HotDeployTestBundles.withImport("com.example.broken", "com.example.nowhere");
        Http.Reply refused = http.put("admin/deploy/broken.jar", admin, "application/java-archive", broken);
        assertEquals(refused.toString(), 400, refused.status());
        assertTrue(refused.body(), refused.body().contains("osgi.wiring.package=com.example.nowhere"));
        assertFalse(Files.exists(data().resolve("deploy").resolve("broken.jar")));
        assertEquals("[]", http.get("admin/deploy", admin).body());
        assertEquals(403, http.put("admin/deploy/x.jar", head, "application/java-archive", broken).status());
        assertEquals(400, http.put("admin/deploy/x.jar", admin, "application/java-archive", "not a jar".getBytes()).status());
        int traversal = http.put("admin/deploy/..%2Fx.jar", admin, "application/java-archive", broken).status();
        assertTrue("a path outside deploy/ was accepted: " + traversal, traversal == 400 || traversal == 404);
        assertFalse(Files.exists(data().resolve("x.jar")));

        byte[] example = Files.readAllBytes(Path.of(System.getProperty("branchdesk.example")));
        Http.Reply installed = http.put("admin/deploy/prospecting.jar", admin, "application/java-archive", example);
        assertEquals(installed.toString(), 201, installed.status());
        assertEquals("ACTIVE", installed.json().get("bundle").get("state").asText());
        // the whiteboard lists the resource a moment before its rebuilt application serves it
        awaitStatus("prospecting/T004", 200);
        JsonNode modules = http.get("admin/modules", admin).json();
        assertTrue(modules.toString().contains("\"symbolicName\":\"com.example.branchdesk.prospecting\""));

        assertEquals(204, http.delete("admin/deploy/prospecting.jar", admin).status());
        awaitStatus("prospecting/T004", 404);
        assertEquals(404, http.delete("admin/deploy/prospecting.jar", admin).status());
    }

    private JsonNode arrive(String customer) {
        Http.Reply r = http.postJson("lobby/arrivals", lobby, "{\"customerId\":\"" + customer + "\",\"purpose\":\"CASH\"}");
        assertEquals(r.toString(), 201, r.status());
        return r.json().get("guidance");
    }

    private String sections(String customer) {
        Http.Reply view = http.get("customers/" + customer + "/view", head);
        assertEquals(view.toString(), 200, view.status());
        return view.json().get("sections").toString();
    }

    private void awaitStatus(String path, int status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Http.Reply reply = http.get(path, head);
        while (reply.status() != status && System.nanoTime() < deadline) {
            Thread.sleep(100);
            reply = http.get(path, head);
        }
        assertEquals(reply.toString(), status, reply.status());
    }

    /** Staff at work: four clients reading views, searching and registering arrivals, counting every answer that is not the right one. */
    private final class Load {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger served = new AtomicInteger();

        /** Waits until the load has served {@code n} more requests (a bound, not a timing: 60 s). */
        void awaitMore(int n) throws InterruptedException {
            int target = served.get() + n;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (served.get() < target && failures.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the load served only " + served.get() + " requests: " + failures);
                }
                Thread.sleep(20);
            }
        }
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final List<Thread> threads = List.of(worker(0), worker(1), worker(2), worker(3));

        void start() {
            threads.forEach(Thread::start);
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join(30_000);
            }
        }

        private Thread worker(int n) {
            return new Thread(() -> {
                int i = n;
                while (running.get()) {
                    i++;
                    String customer = "T00" + (1 + i % 7);
                    try {
                        Http.Reply r = switch (i % 3) {
                            case 0 -> http.get("customers/" + customer + "/view", head);
                            case 1 -> http.get("customers?q=T00&limit=5", head);
                            default -> http.postJson("lobby/arrivals", lobby, "{\"customerId\":\"" + customer
                                    + "\",\"purpose\":\"NON_CASH\"}");
                        };
                        int expected = i % 3 == 2 ? 201 : 200;
                        if (r.status() != expected) {
                            failures.add(r.toString());
                        }
                        served.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.add(e.toString());
                    }
                }
            }, "load-" + n);
        }
    }
}
