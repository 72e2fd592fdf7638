package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two runtimes of one branch on one PostgreSQL database see each other: a configuration or a
 * deploy made on one and not on the other shows on both, in {@code GET /api/admin/runtimes} with
 * the values and as a health warning, and goes when the two agree again; a runtime stopped
 * cleanly leaves the list.
 */
public class RuntimeRosterClusterTest {

    /** Two beats of a runtime (10 s each) and room for a busy machine: a bound for a hang, not a timing. */
    private static final long SEEN_WITHIN_MILLIS = 90_000;

    private static final Pattern ADDRESS = Pattern.compile("runtime at \\S+ ");
    private static Cluster cluster;
    private static Cluster.Node a;
    private static Cluster.Node b;

    @BeforeClass
    public static void twoRuntimes() throws Exception {
        cluster = new Cluster(2);
        a = cluster.node(0);
        b = cluster.node(1);
    }

    @AfterClass
    public static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    public void aConfigurationOrDeployOnOneRuntimeShowsOnBoth() throws Exception {
        JsonNode agreed = awaitRuntimes(a, list -> live(list) == 2 && agrees(list.get(1)));
        assertTrue("this runtime first", agreed.get(0).get("self").asBoolean());
        assertTrue(agreed.get(0).get("address").asText().endsWith(":" + a.port));
        assertTrue(agreed.get(1).get("address").asText().endsWith(":" + b.port));
        assertTrue(agreed.get(1).get("dataFolder").asText().contains(b.data.getFileName().toString()));
        assertFalse("runtimes that agree warn of nothing", warnings(a).contains("differs from this one"));

        // a configuration made on b alone
        Path file = b.data.resolve("etc/org.branchdesk.complaint.cfg");
        Files.writeString(file, "escalationCheckSeconds=45\n");
        try {
            JsonNode seen = awaitRuntimes(a, list -> list.size() == 2 && setting(list.get(1), "escalationCheckSeconds") != null);
            JsonNode s = setting(seen.get(1), "escalationCheckSeconds");
            assertEquals("org.branchdesk.complaint", s.get("pid").asText());
            assertEquals("60", s.get("here").asText());
            assertEquals("45", s.get("there").asText());
            assertEquals("only that property differs", 1, seen.get(1).get("differences").get("configuration").size());
            String onA = warnings(a);
            assertTrue(onA, onA.contains(":" + b.port + " ") && onA.contains("org.branchdesk.complaint (escalationCheckSeconds)"));
            String onB = awaitWarning(b, ":" + a.port + " ");
            assertTrue(onB, onB.contains("org.branchdesk.complaint (escalationCheckSeconds)"));
            // b's value anywhere in the warning but in the other runtime's address (its port or host may hold the same digits)
            String aboutA = onB.lines().filter(w -> w.contains(":" + a.port + " ")).findFirst().orElseThrow();
            assertFalse("values only for branch IT, not in the open health answer: " + aboutA,
                    ADDRESS.matcher(aboutA).replaceAll("runtime at <address> ").contains("45"));
        } finally {
            Files.delete(file);
        }
        awaitRuntimes(a, list -> list.size() == 2 && list.get(1).path("differences").path("configuration").isEmpty());

        // a bundle deployed on b alone
        Path jar = b.data.resolve("deploy/com.example.roster-1.0.0.jar");
        Files.write(jar, HotDeployTestBundles.manifestOnly("com.example.roster", "1.0.0"));
        try {
            JsonNode seen = awaitRuntimes(a, list -> list.size() == 2
                    && list.get(1).path("differences").path("bundlesOnlyThere").toString().contains("com.example.roster 1.0.0"));
            assertEquals(1, seen.get(1).get("differences").get("bundlesOnlyThere").size());
            assertTrue(warnings(a).contains("bundles only there: com.example.roster 1.0.0"));
            assertTrue(awaitWarning(b, "bundles only here: com.example.roster 1.0.0").contains(":" + a.port + " "));
        } finally {
            Files.delete(jar);
        }
        awaitRuntimes(a, list -> list.size() == 2 && agrees(list.get(1)));
        assertFalse(warnings(a).contains("differs from this one"));
    }

    @Test
    public void aRuntimeStoppedCleanlyLeavesTheListAndComesBackWhenStarted() throws Exception {
        awaitRuntimes(a, list -> live(list) == 2);
        cluster.stop(b);
        try {
            JsonNode alone = awaitRuntimes(a, list -> list.size() == 1);
            assertTrue(alone.get(0).get("self").asBoolean());
        } finally {
            cluster.start(b);
        }
        awaitRuntimes(a, list -> live(list) == 2);
        assertEquals("b sees both too", 2, live(runtimes(b)));
    }

    @Test
    public void onlyBranchItSeesTheRuntimes() {
        String teller = a.staff("roster.teller", "TELLER");
        assertEquals(403, a.http.get("admin/runtimes", teller).status());
        assertEquals(401, a.http.get("admin/runtimes", null).status());
    }

    private static JsonNode runtimes(Cluster.Node node) {
        Http.Reply r = node.http.get("admin/runtimes", node.admin());
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    private static JsonNode awaitRuntimes(Cluster.Node node, Predicate<JsonNode> until) throws InterruptedException {
        return await(() -> runtimes(node), until);
    }

    private static String awaitWarning(Cluster.Node node, String text) throws InterruptedException {
        return await(() -> warnings(node), w -> w.contains(text));
    }

    /** Reads until the answer satisfies {@code until}, within the bound; fails with the last answer. */
    private static <T> T await(Supplier<T> read, Predicate<T> until) throws InterruptedException {
        long end = System.currentTimeMillis() + SEEN_WITHIN_MILLIS;
        T last = read.get();
        while (!until.test(last)) {
            assertTrue("not within the bound; last answer: " + last, System.currentTimeMillis() < end);
            Thread.sleep(500);
            last = read.get();
        }
        return last;
    }

    /** No difference of any kind from the runtime asked. */
    private static boolean agrees(JsonNode runtime) {
        JsonNode d = runtime.path("differences");
        return d.path("tier").isNull() && d.path("configuration").isEmpty() && d.path("bundlesOnlyThere").isEmpty()
                && d.path("bundlesOnlyHere").isEmpty() && d.path("bundleStates").isEmpty();
    }

    private static int live(JsonNode list) {
        int n = 0;
        for (JsonNode r : list) {
            n += r.get("live").asBoolean() ? 1 : 0;
        }
        return n;
    }

    private static JsonNode setting(JsonNode runtime, String property) {
        for (JsonNode s : runtime.path("differences").path("configuration")) {
            if (s.get("property").asText().equals(property)) {
                return s;
            }
        }
        return null;
    }

    private static String warnings(Cluster.Node node) {
        JsonNode health = node.http.get("health", null).json();
        List<String> out = new ArrayList<>();
        health.path("warnings").forEach(w -> out.add(w.asText()));
        return String.join("\n", out);
    }
}
