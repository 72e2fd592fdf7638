package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** Health, login, roles, staff accounts, bad input and the audit log, through the real framework. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformTest extends BranchdeskTestSupport {

    @Test
    public void healthNamesTierAndModulesWithoutAuthentication() {
        Http.Reply health = http.get("health", null);
        assertEquals(200, health.status());
        JsonNode body = health.json();
        assertEquals("UP", body.get("status").asText());
        assertEquals("WEALTH_CENTER", body.get("tier").asText());
        assertTrue(body.get("modules").toString(), body.get("modules").toString().contains("\"customer\""));
        assertTrue(body.get("modules").toString().contains("\"platform\""));
    }

    @Test
    public void everyOtherCallNeedsAToken() {
        Http.Reply reply = http.get("customers?q=wang", null);
        assertEquals(401, reply.status());
        assertTrue(reply.contentType(), reply.contentType().startsWith("application/problem+json"));
        assertEquals(401, http.get("branch", "not-a-token").status());
    }

    @Test
    public void wrongPasswordOrUnknownUserIs401() {
        assertEquals(401, http.postJson("auth/login", null, "{\"username\":\"admin\",\"password\":\"wrong-password\"}").status());
        assertEquals(401, http.postJson("auth/login", null, "{\"username\":\"nobody\",\"password\":\"wrong-password\"}").status());
    }

    @Test
    public void loginGivesATokenWithAnExpiry() {
        Http.Reply reply = http.postJson("auth/login", null,
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        assertEquals(200, reply.status());
        assertFalse(reply.json().get("token").asText().isEmpty());
        assertTrue(reply.json().has("expiresAt"));
        assertEquals("ADMIN", reply.json().get("roles").get(0).asText());
    }

    @Test
    public void branchProfileComesFromConfiguration() {
        Http.Reply branch = http.get("branch", admin());
        assertEquals(200, branch.status());
        assertEquals("WEALTH_CENTER", branch.json().get("tier").asText());
    }

    @Test
    public void aRoleNotAllowedIs403() {
        String lobby = staff("lobby1", "LOBBY_MANAGER");
        Http.Reply reply = http.post("import/customers", lobby, "text/csv", "customer_id,name,id_type,id_number\n");
        assertEquals(403, reply.status());
        assertEquals(403, http.postJson("staff", lobby, "{}").status());
        assertEquals(403, http.get("audit", lobby).status());
    }

    @Test
    public void staffCreationValidatesAndRefusesDuplicates() {
        String admin = admin();
        Http.Reply weak = http.postJson("staff", admin,
                "{\"username\":\"teller9\",\"password\":\"short\",\"displayName\":\"T\",\"roles\":[\"TELLER\"]}");
        assertEquals(400, weak.status());
        assertEquals("password", weak.json().get("field").asText());

        Http.Reply badRole = http.postJson("staff", admin,
                "{\"username\":\"teller9\",\"password\":\"long-enough-pw\",\"displayName\":\"T\",\"roles\":[\"JANITOR\"]}");
        assertEquals(400, badRole.status());
        assertTrue(badRole.json().get("field").asText(), badRole.json().get("field").asText().startsWith("roles"));

        String body = "{\"username\":\"teller9\",\"password\":\"long-enough-pw\",\"displayName\":\"T\",\"roles\":[\"TELLER\"]}";
        assertEquals(201, http.postJson("staff", admin, body).status());
        assertEquals(409, http.postJson("staff", admin, body).status());
        assertEquals(200, http.get("staff/me", http.login("teller9", "long-enough-pw")).status());
    }

    @Test
    public void malformedJsonIs400NotA500() {
        Http.Reply reply = http.postJson("staff", admin(), "{\"username\": ");
        assertEquals(400, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        assertFalse(reply.body().contains("Exception"));
    }

    @Test
    public void aPathOrQueryTheServerCannotReadIs400NamingWhatToEscape() {
        Http.Reply search = http.getRaw("customers?q=50%", admin());
        assertEquals(search.toString(), 400, search.status());
        assertTrue(search.contentType().startsWith("application/problem+json"));
        assertEquals("q", search.json().get("field").asText());
        // before authentication and for any resource: the query cannot be read at all
        Http.Reply health = http.getRaw("health?verbose=%zz", null);
        assertEquals(health.toString(), 400, health.status());
        assertEquals("verbose", health.json().get("field").asText());
        // a well-escaped % still reaches the resource
        assertEquals(200, http.getRaw("health?verbose=%25", null).status());
        // a character a URL must escape, in the path: CXF cannot read it either (was Jetty's HTML 500)
        Http.Reply path = http.getRaw("customers/%22D00001%22/view".replace("%22", "\""), admin());
        assertEquals(path.toString(), 400, path.status());
        assertTrue(path.contentType().startsWith("application/problem+json"));
        assertEquals("path", path.json().get("field").asText());
    }

    @Test
    public void unknownPathIsAProblem404() {
        Http.Reply reply = http.get("no-such-thing", admin());
        assertEquals(404, reply.status());
    }

    @Test
    public void branchItSeesEveryBundleWithItsStateAndVersion() {
        Http.Reply modules = http.get("admin/modules", admin());
        assertEquals(200, modules.status());
        String lobby = null;
        for (JsonNode b : modules.json()) {
            if ("org.branchdesk.lobby.impl".equals(b.get("symbolicName").asText())) {
                lobby = b.get("state").asText() + " " + b.get("module").asText();
            }
        }
        assertEquals("ACTIVE lobby", lobby);
        assertEquals(403, http.get("admin/modules", staff("lobby9", "LOBBY_MANAGER")).status());
    }

    @Test
    public void auditLogIsForAuditorsOnly() {
        String auditor = staff("auditor1", "AUDITOR");
        assertEquals(200, http.get("audit", auditor).status());
        assertEquals(403, http.get("audit", admin()).status());
        assertEquals(400, http.get("audit?from=yesterday", auditor).status());
    }
}
