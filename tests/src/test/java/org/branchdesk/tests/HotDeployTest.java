package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * The integrator's example bundle (examples/prospecting) goes into a running branch through the
 * deploy/ folder while staff keep working, and out again; then the same over the REST call. What
 * deploy/ refuses (a jar claiming a bundle of the distribution, garbage, a name deployed twice)
 * never reaches the framework, over REST or by hand.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployTest extends BranchdeskTestSupport {

    private static final String CORE = "org.branchdesk.platform.core";
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

    /** The attack: 277 bytes of manifest claiming the platform core's name and version, PUT over REST. */
    @Test
    public void aJarClaimingTheCoreIsRefusedOverRestAndTheBranchKeepsWorking() throws Exception {
        Bundle core = installed(CORE);
        long installed = core.getLastModified();
        byte[] impostor = HotDeployTestBundles.manifestOnly(CORE, core.getVersion().toString());
        assertTrue("a manifest and nothing else: " + impostor.length, impostor.length < 400);

        Http.Reply refused = http.put("admin/deploy/x.jar", admin, "application/java-archive", impostor);
        assertEquals(refused.toString(), 400, refused.status());
        assertEquals(refused.body(), "Bundle-SymbolicName", refused.json().get("field").asText());
        assertTrue(refused.body(), refused.body().contains(CORE + " is a bundle of the branch's own distribution"));
        assertNothingWritten();
        assertEquals("the core was replaced", installed, installed(CORE).getLastModified());
        assertEquals(Bundle.ACTIVE, installed(CORE).getState());
        http.awaitHealthy(Duration.ofSeconds(20));
        assertEquals(200, http.get("customers/T001", head).status());
        admin();

        // a fragment of the core, as a new bundle
        Http.Reply fragment = http.put("admin/deploy/patch.jar", admin, "application/java-archive",
                HotDeployTestBundles.manifestOnly("com.example.patch", "1.0.0", "Fragment-Host", CORE));
        assertEquals(fragment.toString(), 400, fragment.status());
        assertEquals("Fragment-Host", fragment.json().get("field").asText());
        // garbage, no symbolic name, a manifest the framework refuses: each a 400 that says why
        Http.Reply garbage = http.put("admin/deploy/junk.jar", admin, "application/java-archive", new byte[] { 1, 2, 3, 'P', 'K' });
        assertEquals(garbage.toString(), 400, garbage.status());
        assertEquals("body", garbage.json().get("field").asText());
        assertTrue(garbage.body(), garbage.json().get("detail").asText().startsWith("body: not a jar"));
        Http.Reply nameless = http.put("admin/deploy/nameless.jar", admin, "application/java-archive",
                HotDeployTestBundles.manifestOnly(null, "1.0.0"));
        assertEquals(nameless.toString(), 400, nameless.status());
        assertEquals("Bundle-SymbolicName", nameless.json().get("field").asText());
        Http.Reply malformed = http.put("admin/deploy/twice.jar", admin, "application/java-archive",
                HotDeployTestBundles.manifestOnly("com.example.twice", "1.0.0", "Import-Package", "com.example.a,com.example.a"));
        assertEquals(malformed.toString(), 400, malformed.status());
        assertEquals("manifest", malformed.json().get("field").asText());
        assertTrue(malformed.body(), malformed.body().contains("com.example.a"));
        assertNothingWritten();

        // one symbolic name comes from one file
        byte[] harmless = HotDeployTestBundles.manifestOnly("com.example.harmless", "1.0.0");
        assertEquals(201, http.put("admin/deploy/harmless.jar", admin, "application/java-archive", harmless).status());
        Http.Reply twice = http.put("admin/deploy/other.jar", admin, "application/java-archive",
                HotDeployTestBundles.manifestOnly("com.example.harmless", "1.1.0"));
        assertEquals(twice.toString(), 400, twice.status());
        assertTrue(twice.body(), twice.body().contains("already deployed as harmless.jar"));
        assertFalse(Files.exists(data().resolve("deploy/other.jar")));
        assertEquals(204, http.delete("admin/deploy/harmless.jar", admin).status());
        assertEquals(installed, installed(CORE).getLastModified());
        http.awaitHealthy(Duration.ofSeconds(20));
    }

    /** The same impostor and garbage put into deploy/ by hand: set aside, never installed, shown by health. */
    @Test
    public void aJarClaimingTheCoreDroppedByHandIsSetAsideAndTheCoreStays() throws Exception {
        Bundle core = installed(CORE);
        long installed = core.getLastModified();
        byte[] impostor = HotDeployTestBundles.manifestOnly(CORE, core.getVersion().toString());
        Path deploy = data().resolve("deploy");
        Path rejected = deploy.resolve("rejected");
        try {
            Files.write(deploy.resolve("x.jar"), impostor);
            Files.write(deploy.resolve("junk.jar"), "not a jar".getBytes());
            awaitFile(rejected.resolve("x.jar"));
            awaitFile(rejected.resolve("junk.jar"));
            assertFalse(Files.exists(deploy.resolve("x.jar")));
            assertFalse(Files.exists(deploy.resolve("junk.jar")));
            assertEquals("the core was replaced", installed, installed(CORE).getLastModified());
            assertEquals(core.getBundleId(), installed(CORE).getBundleId());
            assertEquals(Bundle.ACTIVE, installed(CORE).getState());
            JsonNode health = http.awaitHealthy(Duration.ofSeconds(20));
            assertTrue(health.toString(), health.get("rejectedDeployments").toString().contains("\"file\":\"x.jar\""));
            assertTrue(health.toString(), health.get("rejectedDeployments").toString().contains("own distribution"));
            assertEquals(200, http.get("customers/T001", head).status());
            admin();

            // a deployed jar overwritten in place by a jar of the core's name: FileInstall updates
            // its bundle without asking the gate; the folder takes it out again
            Path inPlace = deploy.resolve("harmless.jar");
            Files.write(inPlace, HotDeployTestBundles.manifestOnly("com.example.harmless.two", "1.0.0"));
            awaitBundle("com.example.harmless.two", true);
            Files.write(inPlace, HotDeployTestBundles.manifestOnly(CORE, "9.9.9", "Bundle-Name", "impostor"));
            awaitFile(rejected.resolve("harmless.jar"));
            awaitBundle("com.example.harmless.two", false);
            long fromDeploy = Arrays.stream(context.getBundles()).filter(b -> b.getLocation().contains("/deploy/")).count();
            assertEquals(0, fromDeploy);
            assertEquals(installed, installed(CORE).getLastModified());
            http.awaitHealthy(Duration.ofSeconds(20));
        } finally {
            try (Stream<Path> files = Files.exists(rejected) ? Files.list(rejected) : Stream.empty()) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    /** Nothing in deploy/, and no temporary copy beside it. */
    private void assertNothingWritten() throws IOException {
        try (Stream<Path> deployed = Files.list(data().resolve("deploy")); Stream<Path> data = Files.list(data())) {
            assertEquals(List.of(), deployed.filter(Files::isRegularFile).toList());
            assertEquals(List.of(), data.filter(p -> p.getFileName().toString().startsWith(".deploy-")).toList());
        }
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue("no " + file, Files.exists(file));
    }

    private void awaitBundle(String symbolicName, boolean present) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (isInstalled(symbolicName) != present && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(symbolicName, present, isInstalled(symbolicName));
    }

    private boolean isInstalled(String symbolicName) {
        return Arrays.stream(context.getBundles()).anyMatch(b -> symbolicName.equals(b.getSymbolicName()));
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
