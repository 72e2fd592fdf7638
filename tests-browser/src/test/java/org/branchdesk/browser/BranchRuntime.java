package org.branchdesk.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packed runtime as branch IT starts it ({@code runtime/branchdesk --demo}), on a free port and
 * its own data folder under target/, with what it has printed so far. (A copy of the Pax suite's
 * RuntimeProcess, kept apart so the modules share no code.)
 */
public final class BranchRuntime implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "lantern-tour-7281";
    public static final String DEMO_PASSWORD = "harbour-tour-4410";
    /** A bound for a hung start (a first start on a busy 2-core machine takes about a minute), not a speed. */
    private static final long READY_SECONDS = Long.getLong("branchdesk.readySeconds", 300);

    private final Process process;
    private final List<String> lines;
    private final int port;
    private final Path data;

    private BranchRuntime(Process process, List<String> lines, int port, Path data) {
        this.process = process;
        this.lines = lines;
        this.port = port;
        this.data = data;
    }

    /** Starts the demo branch of {@code tier} (null: the launcher's default, the wealth centre). */
    public static BranchRuntime startDemo(String name, String tier) throws IOException, InterruptedException {
        Path launcher = Path.of(System.getProperty("branchdesk.launcher", "../runtime/branchdesk")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(launcher.getParent().resolve("target/branchdesk.jar"))) {
            throw new AssertionError("no " + launcher.getParent().resolve("target/branchdesk.jar")
                    + ": build the runtime first (mvn -B install -DskipTests -pl runtime -am)");
        }
        Path root = Path.of(System.getProperty("branchdesk.testData", "target/test-data"));
        Files.createDirectories(root);
        Path data = Files.createTempDirectory(root.toAbsolutePath(), name + "-");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "--demo", "--data", data.toString(),
                "--port", String.valueOf(port), "--host", "127.0.0.1"));
        if (tier != null) {
            command.addAll(List.of("--tier", tier));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("BRANCHDESK_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("BRANCHDESK_DEMO_PASSWORD", DEMO_PASSWORD);
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = builder.start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null;) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the process ended
            }
        }, "runtime-output-" + name);
        reader.setDaemon(true);
        reader.start();
        BranchRuntime running = new BranchRuntime(process, lines, port, data);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_SECONDS);
        while (System.nanoTime() < deadline) {
            if (running.output().contains(" ready: ")) {
                return running;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the runtime exited with " + process.exitValue() + ":\n" + running.output());
            }
            Thread.sleep(200);
        }
        running.close();
        throw new AssertionError("the runtime did not become ready in " + READY_SECONDS + " s:\n" + running.output());
    }

    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path data() {
        return data;
    }

    /** A clean stop (SIGTERM), then a kill if it hangs. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        if (!Boolean.getBoolean("branchdesk.keepTestData")) {
            try (java.util.stream.Stream<Path> files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // left under target/, removed by the next clean
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
