package org.branchdesk.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The branch's REST API, for what a test prepares or checks outside the browser. */
public final class Rest {

    public record Answer(int status, String body, HttpResponse<String> response) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public Answer ok() {
            if (status / 100 != 2) {
                throw new AssertionError("HTTP " + status + ": " + body);
            }
            return this;
        }
    }

    static final ObjectMapper MAPPER = new ObjectMapper();
    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Rest(String base) {
        this.base = base;
    }

    /** The token of a login (demo staff: {@link BranchRuntime#DEMO_PASSWORD}; admin: the administrator's). */
    public String login(String username) {
        String password = "admin".equals(username) ? BranchRuntime.ADMIN_PASSWORD : BranchRuntime.DEMO_PASSWORD;
        return send("POST", "/api/auth/login", null, json(MAPPER.createObjectNode().put("username", username).put("password", password)),
                "application/json").ok().json().get("token").asText();
    }

    public Answer get(String path, String token) {
        return send("GET", path, token, HttpRequest.BodyPublishers.noBody(), null);
    }

    public Answer post(String path, String token, Object body) {
        return send("POST", path, token, json(body), "application/json");
    }

    public Answer put(String path, String token, Path file) throws IOException {
        return send("PUT", path, token, HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file)), "application/java-archive");
    }

    public Answer delete(String path, String token) {
        return send("DELETE", path, token, HttpRequest.BodyPublishers.noBody(), null);
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : MAPPER.writeValueAsString(body));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Answer send(String method, String path, String token, HttpRequest.BodyPublisher body, String type) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + (path.startsWith("/") ? path : "/api/" + path)))
                .timeout(Duration.ofSeconds(60)).method(method, body).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
