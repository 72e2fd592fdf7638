package org.branchdesk.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Several runtimes of one branch behind one PostgreSQL database, each its own process started
 * as branch IT starts it ({@code java -jar branchdesk.jar}), on the suite's throwaway PostgreSQL
 * server ({@link TestPostgres}) whichever database the rest of the suite runs on. Tests of
 * invariants that must hold across runtimes ({@code *ClusterTest}) use it; {@link #close()} kills
 * every runtime it started.
 *
 * <p>The first runtime creates the schema and the first administrator; the others start once it
 * is up. Each runtime has its own data folder (its log, its etc/ with the database
 * configuration and whatever else a test writes there) and its own port.
 */
final class Cluster implements AutoCloseable {

    static final String ADMIN_PASSWORD = "cluster-tests-Branchdesk-2026";

    /** One runtime of the cluster. */
    static final class Node {
        final Path data;
        final int port;
        final Http http;
        RuntimeProcess process;

        Node(Path data, int port) {
            this.data = data;
            this.port = port;
            this.http = new Http(port);
        }

        String admin() {
            return http.login("admin", ADMIN_PASSWORD);
        }

        /** Creates the member of staff through this runtime and logs them in here. */
        String staff(String username, String... roles) {
            Http.Reply r = http.postJson("staff", admin(), "{\"username\":\"" + username + "\",\"password\":\""
                    + BranchdeskTestSupport.passwordOf(username) + "\",\"displayName\":\"" + username + "\",\"roles\":[\""
                    + String.join("\",\"", roles) + "\"]}");
            org.junit.Assert.assertEquals(r.toString(), 201, r.status());
            return login(username);
        }

        /** Logs the member of staff in on this runtime. */
        String login(String username) {
            return http.login(username, BranchdeskTestSupport.passwordOf(username));
        }

        String output() {
            return process.output();
        }
    }

    private final String url;
    private final String tier;
    private final Map<String, String> files;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Process> started = new ArrayList<>();

    /**
     * {@code size} runtimes of the tier on a new database; {@code files} are written into each
     * runtime's etc/ before it starts (name to content, e.g. a module's configuration).
     */
    Cluster(int size, String tier, Map<String, String> files) throws IOException, InterruptedException {
        TestPostgres server = TestPostgres.server();
        this.url = server.url(server.createDatabase());
        this.tier = tier;
        this.files = files;
        for (int i = 0; i < size; i++) {
            Path data = TestFolders.create("branchdesk-cluster-" + i + "-");
            TestDatabase.configure(data, url);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(data.resolve("etc").resolve(file.getKey()), file.getValue());
            }
            Node node = new Node(data, RuntimeProcess.freePort());
            nodes.add(node);
            start(node);
        }
    }

    Cluster(int size) throws IOException, InterruptedException {
        this(size, "wealth-center", Map.of());
    }

    Node node(int i) {
        return nodes.get(i);
    }

    List<Node> nodes() {
        return nodes;
    }

    /** The JDBC URL of the cluster's database. */
    String url() {
        return url;
    }

    /** Starts (or restarts) the node's runtime on its data folder and waits until it is healthy. */
    void start(Node node) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", jar().toString(), "--tier", tier, "--port",
                String.valueOf(node.port), "--data", node.data.toString());
        node.process = RuntimeProcess.start(builder, ADMIN_PASSWORD, started, 180);
        node.http.awaitHealthy(Duration.ofSeconds(120));
    }

    /** Stops the node's runtime as branch IT does (SIGTERM: the framework stops its bundles) and waits for it to end. */
    void stop(Node node) throws InterruptedException {
        node.process.process().destroy();
        org.junit.Assert.assertTrue("the runtime stops within 120 s", node.process.process().waitFor(120, TimeUnit.SECONDS));
    }

    /** Ends the node's runtime as a crash does: {@code kill -9}, no shutdown of any kind. */
    void kill(Node node) throws InterruptedException {
        node.process.process().destroyForcibly();
        node.process.process().waitFor();
    }

    /** Runs the calls at once, each on its own thread behind one start gate; their results in order. */
    static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(180, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() {
        for (Process p : started) {
            p.destroyForcibly();
        }
        for (Process p : started) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Path jar() {
        return Path.of(System.getProperty("branchdesk.jar", "../runtime/target/branchdesk.jar"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
