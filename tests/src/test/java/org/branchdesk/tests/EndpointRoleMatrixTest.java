package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.branchdesk.platform.security.Role;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every operation of {@code /api/openapi.json}, called with no token, with a logged-out token and
 * with a token of each {@link Role}, answers as the one declared table
 * (src/test/resources/endpoint-roles.txt) says: 401 without a valid token (except public
 * operations), 403 for a role not allowed, neither 401 nor 403 for an allowed role. The table must
 * equal the document's {@code security} and {@code x-roles}, operation by operation.
 *
 * <p>The calls carry dummy input ({@code {}} bodies, path parameters {@code X1} or {@code 1}), so
 * an allowed caller gets a 400 or 404 rather than changing anything; an operation that ends the
 * caller's session (logout) is followed by a fresh login.
 *
 * <p>{@code -Dbranchdesk.endpointRoles.write=true} rewrites the table from the document instead of
 * comparing it (see docs/api-contract.md).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EndpointRoleMatrixTest extends BranchdeskTestSupport {

    static final String WRITE = "branchdesk.endpointRoles.write";
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    public void theTableSaysWhatTheDocumentSays() throws IOException {
        Map<String, String> documented = EndpointRoles.fromDocument(document());
        Path basedir = Path.of(System.getProperty("basedir", "."));
        // the same table as Markdown, for the role table of docs/api/roles.md
        Path markdown = basedir.resolve("target").resolve("endpoint-roles.md");
        Files.createDirectories(markdown.getParent());
        Files.writeString(markdown, EndpointRoles.markdown(documented), StandardCharsets.UTF_8);
        if (Boolean.getBoolean(WRITE)) {
            Path file = basedir.resolve("src").resolve("test").resolve("resources").resolve("endpoint-roles.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, EndpointRoles.render(documented), StandardCharsets.UTF_8);
            System.out.println("Wrote " + documented.size() + " operations to " + file.toAbsolutePath());
            return;
        }
        List<String> changes = EndpointRoles.differences(EndpointRoles.declared(), documented);
        assertTrue("tests/src/test/resources/endpoint-roles.txt does not say what /api/openapi.json says.\nChange the table ("
                + "or the @Allow/@Public of the resource, if the document is what is wrong):\n  " + String.join("\n  ", changes)
                + "\n\nThe whole table as the document says it:\n" + EndpointRoles.render(documented), changes.isEmpty());
    }

    @Test
    public void everyOperationAnswersEveryCallerAsTheTableSays() {
        JsonNode doc = document();
        Map<String, String> table = EndpointRoles.declared();
        String admin = admin();
        Map<Role, String> tokens = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            tokens.put(role, create(admin, username(role), role));
        }
        String revoked = create(admin, "m-revoked", Role.CENTER_HEAD);
        assertEquals(200, http.get("staff/me", revoked).status());
        assertEquals(204, call("POST", "/api/auth/logout", revoked, null).status());

        List<String> wrong = new ArrayList<>();
        int operations = 0;
        String base = doc.path("servers").path(0).path("url").asText("");
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> entry = ops.next();
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                String operation = method + " " + base + path.getKey();
                String access = table.get(operation);
                if (access == null) {
                    wrong.add(operation + ": not in endpoint-roles.txt (see theTableSaysWhatTheDocumentSays)");
                    continue;
                }
                operations++;
                JsonNode op = entry.getValue();
                String target = base + fill(path.getKey(), op);
                String contentType = op.path("requestBody").path("content").fieldNames().hasNext()
                        ? op.path("requestBody").path("content").fieldNames().next() : null;
                boolean isPublic = EndpointRoles.PUBLIC.equals(access);

                check(wrong, operation, "no token", call(method, target, null, contentType), isPublic ? null : 401);
                check(wrong, operation, "logged-out token", call(method, target, revoked, contentType), isPublic ? null : 401);
                for (Role role : Role.values()) {
                    boolean allowed = isPublic || EndpointRoles.ANY.equals(access) || List.of(access.split(",")).contains(role.name());
                    check(wrong, operation, role.name(), call(method, target, tokens.get(role), contentType), allowed ? null : 403);
                    if (!"GET".equals(method) && http.get("staff/me", tokens.get(role)).status() == 401) {
                        tokens.put(role, login(role)); // the call ended the session (logout): the next ones need a new one
                    }
                }
            }
        }
        assertTrue("the table has no operations", operations > 0);
        assertTrue(wrong.size() + " answers differ from endpoint-roles.txt:\n  " + String.join("\n  ", wrong), wrong.isEmpty());
    }

    /**
     * {@code expected} null: allowed, so neither 401 nor 403 (a 400 or 404 for the dummy input is
     * fine), and not a 500 either: bad input is a 4xx.
     */
    private static void check(List<String> wrong, String operation, String caller, Http.Reply reply, Integer expected) {
        int status = reply.status();
        boolean ok = expected == null ? status != 401 && status != 403 && status != 500 : status == expected;
        if (!ok) {
            wrong.add(operation + " as " + caller + ": " + status + ", expected "
                    + (expected == null ? "neither 401 nor 403 (nor 500)" : expected)
                    + " — " + abbreviate(reply.body()));
        }
    }

    /** A path with dummy values: 1 for a number, X1 for anything else. */
    private static String fill(String path, JsonNode op) {
        Matcher m = TEMPLATE.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String type = "string";
            for (JsonNode p : op.path("parameters")) {
                if ("path".equals(p.path("in").asText()) && m.group(1).equals(p.path("name").asText())) {
                    type = p.path("schema").path("type").asText("string");
                }
            }
            m.appendReplacement(filled, "integer".equals(type) || "number".equals(type) ? "1" : "X1");
        }
        m.appendTail(filled);
        return filled.toString();
    }

    /** One account per role; logging in costs a password hash, so they are created with one admin token. */
    private String create(String admin, String username, Role role) {
        Http.Reply created = http.postJson("staff", admin, "{\"username\":\"" + username + "\",\"password\":\"" + password(username)
                + "\",\"displayName\":\"" + username + "\",\"roles\":[\"" + role.name() + "\"]}");
        assertTrue(created.toString(), created.status() == 201 || created.status() == 409);
        return http.login(username, password(username));
    }

    private String login(Role role) {
        return http.login(username(role), password(username(role)));
    }

    private static String username(Role role) {
        return "m-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String password(String username) {
        return BranchdeskTestSupport.passwordOf(username);
    }

    private JsonNode document() {
        Http.Reply reply = http.get("openapi.json", null);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    /** Any method, with {@code {}} as the body when the operation takes one. */
    private Http.Reply call(String method, String path, String token, String contentType) {
        HttpRequest.Builder request = HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port") + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType.contains("*") ? "application/octet-stream" : contentType);
            request.method(method, HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
