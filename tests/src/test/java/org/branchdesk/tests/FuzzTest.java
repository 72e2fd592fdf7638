package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.branchdesk.platform.security.Role;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A bounded, seeded fuzz of every operation the OpenAPI document lists: a few thousand bad
 * requests (junk path and query values, wrong JSON types, broken JSON, over-long and odd text,
 * dates far out of range, unknown charsets), sent with the tokens of every role. Every answer
 * must be below 500; every error a JSON problem; no body may name a Java class or package; and
 * a refused write must leave every table as it was. The seed is printed with each failure, and
 * {@code -Dbranchdesk.fuzz.seed} repeats a run.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FuzzTest extends BranchdeskTestSupport {

    private static final int REQUESTS = 2500;
    /** A Java type or package named in a body: what an error must never show. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|org\\.branchdesk|org\\.apache|org\\.eclipse|com\\.fasterxml|sun)\\.[a-z]|Exception\\b|\\.java:\\d");
    /** Operations the fuzz leaves out, because they end the tokens it uses. */
    private static final List<String> SKIPPED = List.of("POST /auth/logout", "DELETE /auth/sessions/{id}",
            "POST /auth/password");
    private static final String[] FIELDS = { "id", "name", "idType", "idNumber", "phone", "birthDate", "education", "occupation",
            "cardNumbers", "otherBankAssets", "manager", "username", "password", "displayName", "roles", "quarter", "servicePoint",
            "priority", "customerId", "counter", "source", "note", "purpose", "cardNumber", "channel", "category", "severity",
            "description", "desiredOutcome", "contactName", "contactPhone", "status", "assignee", "reason", "resolution", "remedy",
            "satisfied", "escalate", "comment", "oldPassword", "newPassword", "from", "to", "date", "limit" };
    private static final String[] TEXTS = { "", " ", "x", "X1", "T003", "1", "0", "-1", "2147483648", "99999999999999999999999",
            "1e309", "NaN", "true", "null", "[]", "{}", "'; DROP TABLE BD_CUSTOMER; --", "<script>alert(1)</script>", "..%2F..%2F",
            "\u0000", "\n\t\r", "\u202e\u200b", "😀".repeat(60), "王".repeat(3000), "a".repeat(10_000), "%", "%zz", "%00",
            "+1000000000-01-01T00:00:00Z", "+999999999-12-31", "-999999999-01-01", "2026-02-30", "2026-13-01", "2026-Q9",
            "9999-Q4", "1850-01-01", "2026-11-30T10:00:00Z", "ADMIN", "TELLER", "CASH", "CASH_COUNTER", "PREMIUM", "RESIDENT_ID",
            "110105198002022345", "13812345678", "6222021234567890123", "admin", "${jndi:ldap://x}" };
    private static final String[] CONTENT_TYPES = { "application/json", "application/json; charset=bogus",
            "application/json; charset=UTF-7", "text/plain", "application/xml", "text/csv", "application/octet-stream",
            "multipart/form-data; boundary=x", "" };

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();

    private record Operation(String method, String path, List<String> pathParams, List<String> queryParams, String bodyType) {
        String key() {
            return method + " " + path;
        }
    }

    @Test
    public void badRequestsToEveryOperationGetClean4xxProblemsAndWriteNothing() throws Exception {
        long seed = Long.getLong("branchdesk.fuzz.seed", 20261201L);
        Random random = new Random(seed);
        liftSearchLimit();
        String admin = admin();
        staff("cm1", "CUSTOMER_MANAGER");
        assertEquals(200, http.post("import/customers", admin, "text/csv", SampleData.customers()).status());
        Map<Role, String> tokens = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            tokens.put(role, role == Role.ADMIN ? admin : staff("fuzz." + role.name().toLowerCase(Locale.ROOT).replace('_', '.'),
                    role.name()));
        }
        List<Operation> operations = operations();
        assertTrue("the document lists the operations: " + operations.size(), operations.size() > 20);
        List<String> tokenList = new ArrayList<>(tokens.values());
        tokenList.add(null);
        tokenList.add("not-a-token");

        try (Connection db = database()) {
            for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
                Operation op = operations.get(random.nextInt(operations.size()));
                String token = tokenList.get(random.nextInt(tokenList.size()));
                boolean write = !op.method().equals("GET");
                String before = write ? snapshot(db) : null;
                HttpResponse<String> reply;
                try {
                    reply = send(op, token, random);
                } catch (IOException closed) {
                    // the server may answer a refused request before reading its body and close the
                    // connection, which the client sees as a broken pipe: fine, if the branch is still up
                    Http.Reply health = http.get("health", null);
                    if (health.status() != 200) {
                        failures.add("seed " + seed + " #" + i + " " + op.key() + " closed the connection (" + closed
                                + ") and health answered " + health);
                    }
                    if (write && !before.equals(snapshot(db))) {
                        failures.add("seed " + seed + " #" + i + " " + op.key() + " closed the connection but changed the data");
                    }
                    continue;
                }
                check(seed, i, op, reply);
                if (write && reply.statusCode() >= 400) {
                    String after = snapshot(db);
                    if (!before.equals(after)) {
                        failures.add("seed " + seed + " #" + i + " " + op.key() + " answered " + reply.statusCode()
                                + " but changed the data");
                    }
                }
            }
        }
        assertTrue(String.join("\n", failures), failures.isEmpty());
    }

    private void check(long seed, int i, Operation op, HttpResponse<String> reply) {
        int status = reply.statusCode();
        String body = reply.body();
        String where = "seed " + seed + " #" + i + " " + reply.request().method() + " " + reply.request().uri().getRawPath()
                + reply.request().headers().firstValue("Content-Type").map(t -> " [" + t + "]").orElse("") + " -> "
                + status + ": " + (body.length() > 300 ? body.substring(0, 300) : body);
        if (status >= 500) {
            failures.add(where);
            return;
        }
        if (status >= 400) {
            String type = reply.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                failures.add("not a problem (" + type + "): " + where);
            } else {
                try {
                    JsonNode problem = Http.MAPPER.readTree(body);
                    if (problem.path("status").asInt() != status) {
                        failures.add("the problem's status differs: " + where);
                    }
                } catch (IOException e) {
                    failures.add("not JSON: " + where);
                }
            }
        }
        // an error's body: a 200 may rightly name bundles (ADMIN's module list) or carry typed text
        if (status >= 400 && JAVA_NAME.matcher(body).find()) {
            failures.add("names Java: " + where);
        }
    }

    private HttpResponse<String> send(Operation op, String token, Random random) throws IOException, InterruptedException {
        String path = op.path();
        for (String p : op.pathParams()) {
            path = path.replace("{" + p + "}", encode(random.nextInt(4) == 0 ? "1" : pick(random, TEXTS)));
        }
        StringBuilder query = new StringBuilder();
        for (String q : op.queryParams()) {
            if (random.nextBoolean()) {
                query.append(query.length() == 0 ? '?' : '&').append(q).append('=').append(encode(pick(random, TEXTS)));
            }
        }
        if (path.contains("//") || path.endsWith("/") && path.length() > 1) {
            path = path.replace("//", "/_/");
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.base() + path.substring(1) + query))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (op.method().equals("GET") || op.method().equals("DELETE")) {
            b.method(op.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            String type = op.bodyType() != null && random.nextInt(3) > 0 ? op.bodyType() : pick(random, CONTENT_TYPES);
            if (!type.isEmpty()) {
                b.header("Content-Type", type);
            }
            b.method(op.method(), HttpRequest.BodyPublishers.ofByteArray(body(random, type)));
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A bad body: broken JSON, a wrong shape, or an object whose fields hold junk of any JSON type. */
    private static byte[] body(Random random, String type) {
        String body = switch (random.nextInt(8)) {
            case 0 -> pick(random, new String[] { "", "{", "[", "nul", "{\"a\":}", "{\"name\":\"x\",}", "\"text\"", "12", "[{}]",
                    "{\"name\":\"\\ud800\"}", "\u00ff\u00fe" });
            case 1 -> "[".repeat(2_000 + random.nextInt(3_000));
            case 2 -> "customer_id,name\n" + pick(random, TEXTS) + "," + pick(random, TEXTS) + "\n\"unclosed";
            default -> object(random);
        };
        return type.contains("UTF-7") || random.nextInt(20) == 0 ? body.getBytes(StandardCharsets.UTF_16LE)
                : body.getBytes(StandardCharsets.UTF_8);
    }

    private static String object(Random random) {
        StringBuilder json = new StringBuilder("{");
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(pick(random, FIELDS)).append("\":").append(value(random, 0));
        }
        return json.append('}').toString();
    }

    private static String value(Random random, int depth) {
        return switch (random.nextInt(depth > 2 ? 6 : 8)) {
            case 0 -> String.valueOf(random.nextLong());
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> "null";
            case 3 -> "1.5e400";
            case 4, 5 -> Http.MAPPER.valueToTree(pick(random, TEXTS)).toString();
            case 6 -> "[" + value(random, depth + 1) + "," + value(random, depth + 1) + "]";
            default -> "{\"" + pick(random, FIELDS) + "\":" + value(random, depth + 1) + "}";
        };
    }

    private List<Operation> operations() {
        JsonNode doc = http.get("openapi.json", admin()).json();
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                String verb = method.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(verb)) {
                    continue;
                }
                List<String> pathParams = new ArrayList<>();
                List<String> queryParams = new ArrayList<>();
                for (JsonNode p : method.getValue().path("parameters")) {
                    String in = p.path("in").asText();
                    if (in.equals("path")) {
                        pathParams.add(p.path("name").asText());
                    } else if (in.equals("query")) {
                        queryParams.add(p.path("name").asText());
                    }
                }
                JsonNode content = method.getValue().path("requestBody").path("content");
                String bodyType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                Operation op = new Operation(verb, path.getKey(), pathParams, queryParams, bodyType);
                if (!SKIPPED.contains(op.key())) {
                    operations.add(op);
                }
            }
        }
        return operations;
    }

    /**
     * Every table's rows but those a refused request rightly writes (the audit log, tokens, login attempts, counters)
     * and those the runtime writes on its own while the requests run (its row in BD_RUNTIME, every 10 s).
     */
    private String snapshot(Connection db) throws Exception {
        StringBuilder all = new StringBuilder();
        List<String> tables = new ArrayList<>();
        // every table, then ours by name in any case: PostgreSQL names them in lower case, Derby in upper
        try (ResultSet rs = db.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (table.startsWith("BD_") && !table.matches(".*(AUDIT|TOKEN|LOGIN|ATTEMPT|THROTTLE|LOCK|SESSION|COUNTER|SEQUENCE|DAILY_NUMBER|RUNTIME).*")) {
                    tables.add(table);
                }
            }
        }
        tables.sort(null);
        try (Statement s = db.createStatement()) {
            for (String table : tables) {
                try (ResultSet rows = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    long hash = 0;
                    int count = 0;
                    while (rows.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            row.append(rows.getString(c)).append('|');
                        }
                        hash += row.toString().hashCode(); // order-independent
                        count++;
                    }
                    // an empty table is no data: a unit creates its tables when first used, which may be
                    // during a refused request (the lobby's, at the first lobby call that needs them)
                    if (count > 0) {
                        all.append(table).append(':').append(count).append('/').append(hash).append(';');
                    }
                }
            }
        }
        return all.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
