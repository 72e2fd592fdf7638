package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;

/**
 * What /api answers to bad input at the HTTP level and which headers every answer carries, over
 * real HTTP: charsets, broken chunked bodies, wrongly typed JSON, dates out of range, OPTIONS and
 * 405, Location, and the error page of the /api servlet context.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HttpHygieneTest extends BranchdeskTestSupport {

    private static final List<String> JAVA_WORDS = List.of("java.", "org.", "com.fasterxml", "Exception", "`");

    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer");

    @Test
    public void aCharsetThatCannotBeReadIs415NamingContentType() {
        Http.Reply bogus = http.post("auth/login", null, "application/json; charset=bogus",
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        assertProblem(415, "Content-Type", bogus);
        Http.Reply utf7 = http.post("staff", admin(), "application/json; charset=UTF-7",
                "{\"username\":\"utf7\",\"password\":\"a-long-password\",\"displayName\":\"U\",\"roles\":[\"TELLER\"]}");
        assertProblem(415, "Content-Type", utf7);
        assertProblem(415, "Content-Type", http.post("staff", admin(), "application/json; charset=ISO-8859-1", "{}"));
        assertFalse(http.get("staff", admin()).body().contains("\"utf7\""));
        assertEquals(200, http.post("auth/login", null, "application/json; charset=UTF-8",
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}").status());
    }

    @Test
    public void aBrokenChunkedBodyIs400() {
        Http.RawReply reply = http.raw("POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n");
        assertEquals(reply.toString(), 400, reply.status());
        assertTrue(reply.toString(), reply.header("Content-Type").startsWith("application/problem+json"));
        assertEquals("body", reply.json().get("field").asText());
        // a client that stops sending in the middle of a chunk
        Http.RawReply cut = http.raw(("POST /api/staff HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + admin() + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "ff\r\n{\"username\":\"chunky\"").getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
        assertEquals(cut.toString(), 400, cut.status());
        assertFalse(http.get("staff", admin()).body().contains("\"chunky\""));
    }

    @Test
    public void noErrorMessageNamesAJavaTypeOrPackage() {
        String admin = admin();
        String teller = staff("hygiene.teller", "TELLER");
        String[] bodies = { "", "{", "[1]", "\"text\"", "42", "null", "{\"username\":[\"x\"],\"password\":\"y\"}",
            "{\"username\":{\"a\":1},\"password\":\"y\"}", "{\"username\":\"x\",\"password\":\"y\",\"z\":1}",
            "{\"username\":\"x\",\"username\":\"y\"}", "{\"roles\":[{\"a\":1}]}", "{\"roles\":[\"JANITOR\"]}",
            "{\"roles\":\"TELLER\"}", "{\"roles\":[1]}", "{\"username\":1e999}", "{\"birthDate\":[2026,1,1]}",
            "{\"birthDate\":\"1990-02-30\"}", "{\"birthDate\":\"+999999999-12-31\"}", "{\"idType\":7}",
            "{\"otherBankAssets\":\"lots\"}", "{\"otherBankAssets\":[1]}", "{\"cardNumbers\":[[1]]}",
            "{\"cardNumbers\":{\"a\":1}}", "{'a':1}", "{\"a\":1}}", "\u00ff\u00fe" };
        List<String> leaks = new ArrayList<>();
        for (String body : bodies) {
            check(leaks, "auth/login", http.postJson("auth/login", null, body));
            check(leaks, "staff", http.postJson("staff", admin, body));
            check(leaks, "customers", http.postJson("customers", teller, body));
            check(leaks, "lobby/arrivals", http.postJson("lobby/arrivals", teller, body));
            check(leaks, "complaints", http.postJson("complaints", teller, body));
        }
        assertTrue(String.join("\n", leaks), leaks.isEmpty());
    }

    @Test
    public void aValueOfTheWrongJsonTypeIsRefusedNotConverted() {
        String admin = admin();
        Http.Reply number = http.postJson("staff", admin,
                "{\"username\":123,\"password\":\"a-long-password\",\"displayName\":\"N\",\"roles\":[\"TELLER\"]}");
        assertProblem(400, "username", number);
        Http.Reply bool = http.postJson("staff", admin,
                "{\"username\":\"bool1\",\"password\":\"a-long-password\",\"displayName\":true,\"roles\":[\"TELLER\"]}");
        assertProblem(400, "displayName", bool);
        assertProblem(400, "roles[0]", http.postJson("staff", admin,
                "{\"username\":\"num1\",\"password\":\"a-long-password\",\"displayName\":\"N\",\"roles\":[0]}"));
        String staff = http.get("staff", admin).body();
        assertFalse(staff, staff.contains("\"123\"") || staff.contains("\"bool1\"") || staff.contains("\"num1\""));

        String teller = staff("strict.teller", "TELLER");
        String customer = "{\"name\":\"Strict\",\"idType\":\"PASSPORT\",\"idNumber\":\"E99887766\",";
        assertProblem(400, "otherBankAssets", http.postJson("customers", teller, customer + "\"otherBankAssets\":\"150000\"}"));
        assertProblem(400, "phone", http.postJson("customers", teller, customer + "\"phone\":13800138000}"));
        assertProblem(400, "cardNumbers[0]", http.postJson("customers", teller,
                customer + "\"cardNumbers\":[6222021234567890123]}"));
        assertProblem(400, "birthDate", http.postJson("customers", teller, customer + "\"birthDate\":7000}"));
        Http.Reply farDate = http.postJson("customers", teller, customer + "\"birthDate\":\"+999999999-12-31\"}");
        assertProblem(400, "birthDate", farDate);
        assertTrue(farDate.body(), farDate.json().get("detail").asText().contains("1900-01-01 to 2200-12-31"));
        assertEquals("[]", http.get("customers?q=E99887766", teller).json().toString());
        // the same customer, rightly typed, is created
        assertEquals(201, http.postJson("customers", teller, customer + "\"otherBankAssets\":150000.00}").status());
    }

    @Test
    public void datesFarOutOfRangeInTheQueryAreRefusedNamingTheParameter() {
        String auditor = staff("hygiene.auditor", "AUDITOR");
        Http.Reply audit = http.getRaw("audit?from=%2B1000000000-01-01T00:00:00Z", auditor);
        assertProblem(400, "from", audit);
        assertTrue(audit.body(), audit.body().contains("1900-01-01T00:00:00Z"));
        assertProblem(400, "to", http.getRaw("audit?to=2201-01-01T00:00:00Z", auditor));
        String lobby = staff("hygiene.lobby", "LOBBY_MANAGER");
        assertProblem(400, "date", http.getRaw("lobby/record?date=%2B999999999-12-31", lobby));
        assertProblem(400, "date", http.getRaw("lobby/record?date=1899-12-31", lobby));
        String head = staff("hygiene.head", "CENTER_HEAD");
        assertProblem(400, "from", http.getRaw("complaints/stats?from=-999999999-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", head));
        assertEquals(200, http.getRaw("lobby/record?date=2026-11-22", lobby).status());
    }

    @Test
    public void optionsNeedsATokenAndAnswersThePathsOwnMethods() {
        Http.RawReply anonymous = request("OPTIONS", "/api/staff", null);
        assertEquals(anonymous.toString(), 401, anonymous.status());
        assertTrue(anonymous.header("Content-Type").startsWith("application/problem+json"));
        String admin = admin();
        Http.RawReply staff = request("OPTIONS", "/api/staff", admin);
        assertEquals(staff.toString(), 204, staff.status());
        assertEquals("GET, HEAD, OPTIONS, POST", staff.header("Allow"));
        assertEquals("GET, HEAD, OPTIONS", request("OPTIONS", "/api/staff/me", admin).header("Allow"));
        assertEquals("DELETE, OPTIONS, PUT", request("OPTIONS", "/api/admin/deploy/x.jar", admin).header("Allow"));
        assertEquals(404, request("OPTIONS", "/api/no-such-thing", admin).status());
    }

    @Test
    public void methodNotAllowedSaysWhichAre() {
        Http.RawReply delete = request("DELETE", "/api/staff", admin());
        assertEquals(delete.toString(), 405, delete.status());
        assertEquals("GET, HEAD, OPTIONS, POST", delete.header("Allow"));
        assertTrue(delete.header("Content-Type").startsWith("application/problem+json"));
        assertEquals("GET, HEAD, OPTIONS", request("PUT", "/api/health", null).header("Allow"));
    }

    @Test
    public void everyAnswerCarriesTheSecurityHeaders() {
        String admin = admin();
        List<Http.RawReply> replies = List.of(request("GET", "/api/health", null), request("GET", "/api/staff/me", admin),
                request("GET", "/api/staff/me", null), request("GET", "/api/no-such-thing", admin),
                request("GET", "/api/customers?q=50%", admin), request("DELETE", "/api/staff", admin),
                request("OPTIONS", "/api/staff", admin));
        for (Http.RawReply reply : replies) {
            SECURITY_HEADERS.forEach((name, value) -> assertEquals(name + " in " + reply, value, reply.header(name)));
        }
    }

    @Test
    public void locationIsPathAbsoluteWhateverHostTheClientSent() {
        String body = "{\"username\":\"located\",\"password\":\"a-long-password\",\"displayName\":\"L\",\"roles\":[\"TELLER\"]}";
        Http.RawReply created = http.raw("POST /api/staff HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer " + admin()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertEquals(created.toString(), 201, created.status());
        assertEquals("/api/staff/located", created.header("Location"));
    }

    @Test
    public void anErrorOutsideTheApplicationIsAProblemToo() throws InterruptedException {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.filter.pattern", "/hygiene-failure");
        properties.put("osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=context.forbranchdesk)");
        properties.put("service.ranking", 150); // in front of the retry filter, which would send a GET again
        ServiceRegistration<Filter> failing = context.registerService(Filter.class, new Filter() {
            @Override
            public void init(FilterConfig config) {
            }

            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) {
                throw new IllegalStateException("a defect in a servlet filter");
            }

            @Override
            public void destroy() {
            }
        }, properties);
        try {
            Http.RawReply reply = null;
            for (int i = 0; i < 100; i++) { // the HTTP whiteboard adds the filter asynchronously
                reply = request("GET", "/api/hygiene-failure", null);
                if (reply.status() == 500) {
                    break;
                }
                Thread.sleep(50);
            }
            assertEquals(reply.toString(), 500, reply.status());
            assertTrue(reply.toString(), reply.header("Content-Type").startsWith("application/problem+json"));
            assertTrue(reply.body(), reply.json().get("detail").asText().startsWith("incident "));
            for (String word : JAVA_WORDS) {
                assertFalse(reply.body(), reply.body().contains(word));
            }
        } finally {
            failing.unregister();
        }
    }

    /**
     * What Jetty refuses while it parses a request never reaches a servlet; its error handler,
     * which the platform replaces (ContainerErrors), answers in the problem format too. These
     * limits are the container's.
     */
    @Test
    public void jettyRefusesUnreadableRequestsItselfAsProblems() {
        containerProblem(400, request("GET", "/api/%00", null));
        containerProblem(400, request("GET", "/api/a%2", null));
        containerProblem(414, request("GET", "/api/health?x=" + "a".repeat(20_000), null));
        containerProblem(431, http.raw("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"));
        // a path with a character a URL must escape is ours to answer, in the problem format
        Http.RawReply quote = request("GET", "/api/%u0041", null);
        assertEquals(400, quote.status());
        assertEquals("path", quote.json().get("field").asText());
    }

    private static void containerProblem(int status, Http.RawReply reply) {
        assertEquals(reply.toString(), status, reply.status());
        assertEquals(reply.toString(), status, reply.json().get("status").asInt());
        assertTrue(reply.toString(), reply.header("Content-Type").startsWith("application/problem+json"));
        assertFalse(reply.toString(), reply.body().contains("<"));
    }

    private Http.RawReply request(String method, String target, String token) {
        return http.raw(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "Connection: close\r\n\r\n");
    }

    private static void check(List<String> leaks, String path, Http.Reply reply) {
        if (reply.status() >= 500) {
            leaks.add(path + " answered " + reply);
        }
        for (String word : JAVA_WORDS) {
            if (reply.body().contains(word)) {
                leaks.add(path + " says '" + word + "': " + reply);
            }
        }
    }

    private static void assertProblem(int status, String field, Http.Reply reply) {
        assertEquals(reply.toString(), status, reply.status());
        assertTrue(reply.toString(), reply.contentType().startsWith("application/problem+json"));
        assertEquals(reply.toString(), field, reply.json().get("field").asText());
        assertNotNull(reply.json().get("detail"));
        for (String word : JAVA_WORDS) {
            assertFalse(reply.toString(), reply.body().contains(word));
        }
        assertNull(reply.json().get("trace"));
    }
}
