package org.branchdesk.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the /api of a running Branchdesk, as a user's curl would call it. */
public final class Http {

    /** A response: its status, content type and body, the body parsed as JSON when it is JSON. */
    public record Reply(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // amounts compare as the server wrote them: 500000.00, not 5E+5
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port + "/api/";
    }

    /** {@code http://127.0.0.1:<port>/api/}, for a test that builds its own requests. */
    public String base() {
        return base;
    }

    public Reply get(String path, String token) {
        return send(builder(path, token).GET(), token);
    }

    public Reply post(String path, String token, String contentType, String body) {
        return send(builder(path, token).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)), token);
    }

    public Reply postJson(String path, String token, String json) {
        return post(path, token, "application/json", json);
    }

    public Reply putJson(String path, String token, String json) {
        return send(builder(path, token).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)),
                token);
    }

    public Reply put(String path, String token, String contentType, byte[] body) {
        return send(builder(path, token).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)), token);
    }

    public Reply delete(String path, String token) {
        return send(builder(path, token).DELETE(), token);
    }

    /** Logs in and returns the bearer token; fails the test if login does not succeed. */
    public String login(String username, String password) {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
        Reply reply = postJson("auth/login", null, body);
        if (reply.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + reply);
        }
        return reply.json().get("token").asText();
    }

    /** Waits until /api/health answers 200, as the launcher does before it says "ready". */
    public JsonNode awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Reply last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get("health", null);
                if (last.status() == 200) {
                    return last.json();
                }
            } catch (RuntimeException notYetListening) {
                // the HTTP service is still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not healthy within " + timeout + ": " + last);
    }

    /**
     * A GET of a path and query sent exactly as given, which {@link URI} would refuse (a broken
     * percent escape, as a hand-typed or badly built URL has).
     */
    public Reply getRaw(String pathAndQuery, String token) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(base + pathAndQuery).openConnection();
            if (token != null) {
                c.setRequestProperty("Authorization", "Bearer " + token);
            }
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                return new Reply(status, String.valueOf(c.getContentType()),
                        in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest.Builder request, String token) {
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
