package org.branchdesk.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** An answer read off the socket: status, headers (names in lower case) and body. */
    public record RawReply(int status, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(", ", values);
        }

        public JsonNode json() {
            return new Reply(status, String.valueOf(header("Content-Type")), body).json();
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final int port;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port + "/api/";
        this.port = port;
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

    /**
     * Sends bytes exactly as given on a new connection (a broken chunked body, a forged Host,
     * headers no HTTP client would send) and reads the answer until the server closes it. The
     * request should ask for {@code Connection: close}. With {@code endOfInput} the client then
     * stops sending (a half-close), as one that gave up in the middle of its body.
     */
    public RawReply raw(byte[] request, boolean endOfInput) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            if (endOfInput) {
                socket.shutdownOutput();
            }
            byte[] answer = socket.getInputStream().readAllBytes();
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] head = (end < 0 ? text : text.substring(0, end)).split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(head[i].substring(colon + 1).trim());
                }
            }
            byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(answer, end + 4, answer.length);
            List<String> encoding = headers.get("transfer-encoding");
            if (encoding != null && encoding.contains("chunked")) {
                body = unchunk(body);
            }
            return new RawReply(Integer.parseInt(head[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public RawReply raw(String request) {
        return raw(request.getBytes(StandardCharsets.UTF_8), false);
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
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
