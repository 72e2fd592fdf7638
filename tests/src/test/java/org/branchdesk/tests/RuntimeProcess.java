package org.branchdesk.tests;

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

/** A branch started as its own process, as branch IT starts it, with what it has printed so far. */
record RuntimeProcess(Process process, List<String> lines) {

    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /**
     * Starts the process (with {@code adminPassword} for a first start), adds it to {@code started}
     * so that the test can end it, and returns once it prints that it is ready (90 s at most).
     */
    static RuntimeProcess start(ProcessBuilder builder, String adminPassword, List<Process> started)
            throws IOException, InterruptedException {
        return start(builder, adminPassword, started, 90);
    }

    /**
     * As {@link #start(ProcessBuilder, String, List)}, waiting {@code readySeconds} at most (a bound for
     * a hung process, not a speed asserted); a null {@code adminPassword} leaves the builder's environment as it is.
     */
    static RuntimeProcess start(ProcessBuilder builder, String adminPassword, List<Process> started, long readySeconds)
            throws IOException, InterruptedException {
        RuntimeProcess running = launch(builder, adminPassword, started);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(readySeconds);
        while (System.nanoTime() < deadline) {
            if (running.output().contains(" ready: ")) {
                return running;
            }
            if (!running.process().isAlive()) {
                throw new AssertionError("the runtime exited with " + running.process().exitValue() + ":\n" + running.output());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the runtime did not become ready:\n" + running.output());
    }

    /** Starts the process and returns at once, reading what it prints. */
    static RuntimeProcess launch(ProcessBuilder builder, String adminPassword, List<Process> started) throws IOException {
        builder.redirectErrorStream(true);
        // on PostgreSQL, a runtime's first start on a data folder gets a database of its own
        int data = builder.command().indexOf("--data");
        if (data >= 0 && data + 1 < builder.command().size()) {
            Path folder = Path.of(builder.command().get(data + 1));
            if (!Files.exists(folder.resolve("etc/org.branchdesk.database.cfg"))) {
                TestDatabase.configure(folder);
            }
        }
        if (adminPassword != null) {
            builder.environment().put("BRANCHDESK_ADMIN_PASSWORD", adminPassword);
        }
        Process process = builder.start();
        started.add(process);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null;) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return new RuntimeProcess(process, lines);
    }

    /** The first line printed that starts with {@code prefix}, waiting {@code seconds} at most for it. */
    String awaitLine(String prefix, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            synchronized (lines) {
                for (String line : lines) {
                    if (line.startsWith(prefix)) {
                        return line;
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no line starting with '" + prefix + "' within " + seconds + " s:\n" + output());
            }
            Thread.sleep(100);
        }
    }

    /** Waits for the process to end by itself ({@code seconds} at most: a bound for a hung process) and returns its exit code. */
    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the runtime did not exit within " + seconds + " s:\n" + output());
        }
        return process.exitValue();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
