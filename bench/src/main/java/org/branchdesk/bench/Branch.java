package org.branchdesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One running branch: the packed runtime started as a branch IT person starts it, and an HTTP client to it. */
final class Branch implements AutoCloseable {

    static final String ADMIN_PASSWORD = "bench-branchdesk-password";
    static final ObjectMapper JSON = new ObjectMapper();

    final Process process;
    final int port;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    /** Milliseconds from process start to the first 200 of GET /api/health. */
    final long startMillis;

    private Branch(Process process, int port, long startMillis) {
        this.process = process;
        this.port = port;
        this.startMillis = startMillis;
    }

    /**
     * Starts a branch as branch IT does, through the launcher script {@code runtime/branchdesk}
     * (its JVM settings for the tier); {@code env} may set the script's {@code BRANCHDESK_JVM}
     * (replaces those settings) or {@code JAVA_OPTS} (added to them).
     */
    static Branch start(Path launcher, String tier, Path data, int port, Map<String, String> env) throws IOException, InterruptedException {
        Files.createDirectories(data);
        List<String> command = List.of(launcher.toString(), "--tier", tier, "--data", data.toString(), "--port", String.valueOf(port),
                "--host", "127.0.0.1");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(data.resolve("runtime.log").toFile());
        builder.environment().put("BRANCHDESK_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("JAVA", ProcessHandle.current().info().command().orElse("java"));
        builder.environment().putAll(env);
        long t0 = System.nanoTime();
        Process process = builder.start();
        HttpClient probe = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).timeout(Duration.ofSeconds(2))
                .build();
        long deadline = t0 + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the runtime exited; see " + data.resolve("runtime.log"));
            }
            try {
                if (probe.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new Branch(process, port, (System.nanoTime() - t0) / 1_000_000);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the runtime was not ready within 120 s; see " + data.resolve("runtime.log"));
    }

    /** Resident set size of the runtime process, in MB (Linux). */
    long rssMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/" + path)).timeout(Duration.ofMinutes(10));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode expect(int status, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = send(request);
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.request().uri() + " answered " + r.statusCode() + ": "
                    + r.body().substring(0, Math.min(500, r.body().length())));
        }
        return r.body().isEmpty() ? null : JSON.readTree(r.body());
    }

    String login(String user, String password) throws IOException, InterruptedException {
        return expect(200, request("auth/login", null).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                .ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))).get("token").asText();
    }

    void createStaff(String admin, String user, String password, String... roles) throws IOException, InterruptedException {
        String list = String.join("\",\"", roles);
        HttpResponse<String> r = send(request("staff", admin).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                .ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\",\"displayName\":\"" + user
                        + "\",\"roles\":[\"" + list + "\"]}")));
        if (r.statusCode() != 201 && r.statusCode() != 409) {
            throw new IllegalStateException("staff " + user + ": " + r.statusCode() + " " + r.body());
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: the runtime shuts down cleanly
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
