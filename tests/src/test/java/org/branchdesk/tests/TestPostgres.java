package org.branchdesk.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The suite's own throwaway PostgreSQL server, started once per test JVM from the machine's
 * PostgreSQL server programs (postgres/install-postgres.sh installs Debian's when there are none),
 * on a free port on 127.0.0.1, in a new folder under the temporary directory, and stopped and
 * removed when the JVM ends. PostgreSQL refuses to run as root: as root (CI) the server runs as
 * the {@code postgres} user the Debian package creates. Each test gets a database of its own
 * ({@link #createDatabase()}). Anything that goes wrong is an error of the test, never a skip.
 *
 * <p>The server runs with {@code fsync=off}: the tests kill runtimes, never this server, so
 * what they check (a committed write survives the runtime's crash) does not depend on it.
 */
final class TestPostgres {

    static final String USER = "branchdesk";
    static final String PASSWORD = "tests-only-pg-2026";

    private static TestPostgres running;

    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private TestPostgres(int port) {
        this.port = port;
    }

    static synchronized TestPostgres server() {
        if (running == null) {
            try {
                running = start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return running;
    }

    int port() {
        return port;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A new, empty database owned by {@link #USER}; returns its name. */
    String createDatabase() {
        String name = "bd_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    private static TestPostgres start() throws IOException, InterruptedException {
        Path bin = Path.of(run(List.of("bash", installer().toString()), 600).lines().reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("install-postgres.sh named no PostgreSQL folder")).trim());
        Path dir = Files.createTempDirectory("branchdesk-pg-");
        List<String> as = new ArrayList<>();
        if (isRoot()) {
            // the Debian package's own user; PostgreSQL will not run as root
            run(List.of("chown", "-R", "postgres:", dir.toString()), 30);
            as.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        Path pwfile = dir.resolve("pw");
        Files.writeString(pwfile, PASSWORD + "\n", StandardCharsets.UTF_8);
        if (isRoot()) {
            run(List.of("chown", "postgres:", pwfile.toString()), 30);
        }
        Path data = dir.resolve("data");
        List<String> initdb = new ArrayList<>(as);
        initdb.addAll(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--pwfile=" + pwfile,
                "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--no-locale", "--no-sync"));
        run(initdb, 120);
        int port = RuntimeProcess.freePort();
        List<String> start = new ArrayList<>(as);
        start.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "120", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=400"
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start"));
        run(start, 180);
        List<String> stop = new ArrayList<>(as);
        stop.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(stop, 60);
            } catch (Exception e) {
                // the JVM is ending: nothing more to do
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // left in the temporary directory
            }
        }));
        return new TestPostgres(port);
    }

    private static Path installer() {
        return Path.of(System.getProperty("branchdesk.pgInstaller", "postgres/install-postgres.sh")).toAbsolutePath();
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        return "0".equals(run(List.of("id", "-u"), 10).trim());
    }

    /** Runs a command and returns what it printed on stdout; fails with its output when it fails. */
    private static String run(List<String> command, long seconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("branchdesk-pg-cmd-", ".out");
        Path err = Files.createTempFile("branchdesk-pg-cmd-", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            String stdout = Files.readString(out);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("the test PostgreSQL server could not be started: " + String.join(" ", command)
                        + " exited with " + p.exitValue() + "\n" + stdout + Files.readString(err));
            }
            return stdout;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
