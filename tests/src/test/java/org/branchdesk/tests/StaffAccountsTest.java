package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.branchdesk.platform.security.Authenticator;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.StaffDirectory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Staff accounts through HTTP: segregation of duties, audited account changes, login throttling,
 * the password rule, changes that end tokens, the idle timeout and one's own sessions. The
 * runtime runs with a small throttle (3 failures per username, 6 per address, no delay) and
 * trusts X-Forwarded-For from 127.0.0.1, so that each test throttles its own client address.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StaffAccountsTest extends BranchdeskTestSupport {

    private static final String PID = "org.branchdesk.security";
    private static final int PER_ACCOUNT = 3;
    private static final int PER_ADDRESS = 6;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A response with its headers, which {@link Http} does not keep. */
    private record Answer(int status, java.net.http.HttpHeaders headers, String body) {
        JsonNode json() {
            return new Http.Reply(status, "", body).json();
        }
    }

    @Before
    public void smallThrottle() throws Exception {
        configure(600);
    }

    // 1. segregation of duties

    @Test
    public void rolesThatMustNotGoTogetherAreRefusedAndNothingIsWritten() {
        String admin = admin();
        Http.Reply all = http.postJson("staff", admin, account("sod.all", "\"TELLER\",\"AUDITOR\",\"ADMIN\""));
        assertEquals(all.toString(), 400, all.status());
        assertEquals("roles", all.json().get("field").asText());
        assertTrue(all.toString(), all.json().get("detail").asText().contains("ADMIN and TELLER"));
        assertEquals(404, http.get("staff/sod.all", admin).status());

        for (String pair : List.of("\"ADMIN\",\"CENTER_HEAD\"", "\"ADMIN\",\"LOBBY_MANAGER\"", "\"AUDITOR\",\"CUSTOMER_MANAGER\"",
                "\"AUDITOR\",\"OPERATIONS_SUPERVISOR\"", "\"ADMIN\",\"AUDITOR\"",
                "\"ADMIN\",\"BUSINESS_OFFICER\"", "\"AUDITOR\",\"BUSINESS_OFFICER\"")) {
            Http.Reply refused = http.postJson("staff", admin, account("sod.pair", pair));
            assertEquals(pair + ": " + refused, 400, refused.status());
            assertEquals("roles", refused.json().get("field").asText());
        }
        assertEquals(404, http.get("staff/sod.pair", admin).status());

        staff("sod.teller", "TELLER");
        Http.Reply widened = http.putJson("staff/sod.teller/roles", admin, "{\"roles\":[\"TELLER\",\"AUDITOR\"]}");
        assertEquals(widened.toString(), 400, widened.status());
        assertEquals("roles", widened.json().get("field").asText());
        assertEquals("[\"TELLER\"]", http.get("staff/sod.teller", admin).json().get("roles").toString());
        assertEquals("customer-facing roles go together", 200,
                http.putJson("staff/sod.teller/roles", admin, "{\"roles\":[\"TELLER\",\"LOBBY_MANAGER\"]}").status());
        // the business officer (业务主办) is a customer-facing role: alone, or with the teller's (a maker who
        // also checks; four eyes keep them from checking their own requests)
        Http.Reply officer = http.postJson("staff", admin, account("sod.officer", "\"BUSINESS_OFFICER\""));
        assertEquals(officer.toString(), 201, officer.status());
        assertEquals("[\"BUSINESS_OFFICER\"]", http.get("staff/sod.officer", admin).json().get("roles").toString());
        Http.Reply both = http.putJson("staff/sod.teller/roles", admin, "{\"roles\":[\"TELLER\",\"BUSINESS_OFFICER\"]}");
        assertEquals(both.toString(), 200, both.status());
        assertTrue(both.toString(), http.get("staff/sod.teller", admin).json().get("roles").toString().contains("BUSINESS_OFFICER"));
        Http.Reply widenedOfficer = http.putJson("staff/sod.officer/roles", admin, "{\"roles\":[\"BUSINESS_OFFICER\",\"ADMIN\"]}");
        assertEquals(widenedOfficer.toString(), 400, widenedOfficer.status());
        assertEquals("roles", widenedOfficer.json().get("field").asText());
        assertEquals("[\"BUSINESS_OFFICER\"]", http.get("staff/sod.officer", admin).json().get("roles").toString());
    }

    @Test
    public void anAccountOfAnEarlierBuildThatBreaksTheRuleIsGrantedNothing() throws Exception {
        staff("old.build", "TELLER");
        // as an earlier build could write it: ADMIN with a customer-facing role
        try (Connection db = database();
                Statement update = db.createStatement()) {
            assertEquals(1, update.executeUpdate("UPDATE BD_STAFF SET ROLES = 'ADMIN,TELLER' WHERE USERNAME = 'old.build'"));
        }
        String token = http.login("old.build", passwordOf("old.build"));
        assertEquals("no ADMIN", 403, http.get("staff", token).status());
        assertEquals("no TELLER", 403, http.get("customers?q=wang", token).status());
        StaffDirectory directory = context.getService(context.getServiceReference(StaffDirectory.class));
        assertFalse(directory.withRole(Role.TELLER).stream().anyMatch(s -> s.username().equals("old.build")));

        assertEquals(200, http.putJson("staff/old.build/roles", admin(), "{\"roles\":[\"TELLER\"]}").status());
        assertEquals("fixed", 200, http.get("customers?q=wang", http.login("old.build", passwordOf("old.build"))).status());
    }

    @Test
    public void otherBundlesAskTheDirectoryForTheRule() {
        StaffDirectory directory = context.getService(context.getServiceReference(StaffDirectory.class));
        assertEquals(Optional.of(List.of(Role.ADMIN, Role.TELLER)),
                directory.conflictingRoles(EnumSet.of(Role.TELLER, Role.AUDITOR, Role.ADMIN)));
        assertEquals(Optional.empty(), directory.conflictingRoles(Set.of(Role.CUSTOMER_MANAGER, Role.LOBBY_MANAGER)));
    }

    // 2. audited account changes

    @Test
    public void everyAccountChangeIsAuditedAndAFailedOneIsNot() {
        String admin = admin();
        String auditor = staff("aud.reader", "AUDITOR");
        staff("aud.teller", "TELLER");
        assertEquals(200, http.putJson("staff/aud.teller/roles", admin, "{\"roles\":[\"CUSTOMER_MANAGER\"]}").status());
        assertEquals(200, http.postJson("staff/aud.teller/disable", admin, "").status());
        assertEquals(200, http.postJson("staff/aud.teller/enable", admin, "").status());
        String reset = "reset-by-it-2026";
        assertEquals(200, http.postJson("staff/aud.teller/password", admin, "{\"password\":\"" + reset + "\"}").status());
        String temporary = http.login("aud.teller", reset);
        String chosen = "chosen-by-the-teller-7";
        assertEquals(200, http.postJson("auth/password", temporary,
                "{\"oldPassword\":\"" + reset + "\",\"newPassword\":\"" + chosen + "\"}").status());

        JsonNode entries = http.get("audit?limit=1000", auditor).json();
        List<String> teller = StreamSupport.stream(entries.spliterator(), false)
                .filter(e -> e.get("detail").asText().startsWith("aud.teller")).map(e -> e.get("action").asText()).toList();
        assertEquals(entries.toString(), List.of("PASSWORD_CHANGE", "PASSWORD_RESET", "STAFF_ENABLE", "STAFF_DISABLE",
                "STAFF_ROLES", "STAFF_CREATE"), teller);
        JsonNode roles = find(entries, "STAFF_ROLES", "aud.teller");
        assertEquals("admin", roles.get("actor").asText());
        assertTrue(roles.toString(), roles.get("detail").asText().contains("[TELLER] -> [CUSTOMER_MANAGER]"));
        assertTrue(roles.get("customerId").isNull());
        assertEquals("aud.teller", find(entries, "PASSWORD_CHANGE", "aud.teller").get("actor").asText());
        String body = entries.toString();
        for (String secret : List.of(reset, chosen, passwordOf("aud.teller"))) {
            assertFalse("a password in the audit log", body.contains(secret));
        }

        int before = entries.size();
        assertEquals(400, http.putJson("staff/aud.teller/roles", admin, "{\"roles\":[\"ADMIN\",\"TELLER\"]}").status());
        assertEquals(404, http.postJson("staff/no.such/disable", admin, "").status());
        assertEquals(409, http.postJson("staff/aud.teller/enable", admin, "").status());
        assertEquals(400, http.postJson("staff/aud.teller/password", admin, "{\"password\":\"aaaaaaaaaaaa\"}").status());
        assertEquals(400, http.postJson("staff", admin, account("aud.weak", "\"TELLER\"").replace(passwordOf("aud.weak"),
                "1234567890")).status());
        assertEquals("refused changes record nothing", before, http.get("audit?limit=1000", auditor).json().size());
    }

    // 3. login throttling

    @Test
    public void aUsernameIsLockedAfterFailuresAndTheRightPasswordIsRefusedDuringTheLock() {
        staff("lock.me", "TELLER");
        for (int i = 1; i <= PER_ACCOUNT; i++) {
            assertEquals("failure " + i, 401, login("lock.me", "not-the-password", "10.0.1.1").status());
        }
        Answer locked = login("lock.me", passwordOf("lock.me"), "10.0.1.2");
        assertEquals(locked.body(), 429, locked.status());
        assertTrue(locked.headers().firstValue("Content-Type").orElse(""), locked.headers().firstValue("Content-Type")
                .orElse("").startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(String.valueOf(retryAfter), retryAfter > 0 && retryAfter <= 60);
        assertEquals(429, locked.json().get("status").asInt());

        // an unknown username is throttled exactly the same: nobody learns which usernames exist
        for (int i = 1; i <= PER_ACCOUNT; i++) {
            assertEquals(401, login("no.such.person", "not-the-password", "10.0.1.3").status());
        }
        assertEquals(429, login("no.such.person", "any-password-at-all", "10.0.1.4").status());

        JsonNode lock = find(http.get("audit?actor=lock.me", staff("lock.auditor", "AUDITOR")).json(), "LOGIN_LOCKED", "");
        assertTrue(lock.toString(), lock.get("detail").asText().contains("10.0.1.1"));
        assertTrue(lock.get("customerId").isNull());
    }

    @Test
    public void aClientAddressIsLockedAfterFailuresOnAnyUsernames() {
        staff("addr.user", "TELLER");
        for (int i = 1; i <= PER_ADDRESS; i++) {
            assertEquals(401, login("sprayed" + i, "Summer-2026!", "10.0.2.1").status());
        }
        assertEquals("the address is locked", 429, login("addr.user", passwordOf("addr.user"), "10.0.2.1").status());
        assertEquals("other addresses are not", 200, login("addr.user", passwordOf("addr.user"), "10.0.2.2").status());
        JsonNode lock = find(http.get("audit?actor=sprayed" + PER_ADDRESS, staff("addr.auditor", "AUDITOR")).json(),
                "LOGIN_LOCKED", "");
        assertTrue(lock.toString(), lock.get("detail").asText().contains("10.0.2.1"));
    }

    @Test
    public void aSuccessfulLoginForgetsTheUsernamesFailures() {
        staff("typo.user", "TELLER");
        for (int round = 0; round < 3; round++) {
            for (int i = 1; i < PER_ACCOUNT; i++) {
                assertEquals(401, login("typo.user", "typo-password", "10.0.3." + round).status());
            }
            assertEquals(200, login("typo.user", passwordOf("typo.user"), "10.0.3." + round).status());
        }
    }

    // 4. the password rule

    @Test
    public void weakPasswordsAreRefused() {
        String admin = admin();
        for (String weak : List.of("aaaaaaaaaa", "1234567890", "abcdefghij", "Password123", "qwertyuiop", "weak.user-2026",
                "WEAK.USER.is.me", "            ")) {
            Http.Reply refused = http.postJson("staff", admin, "{\"username\":\"weak.user\",\"password\":\"" + weak
                    + "\",\"displayName\":\"W\",\"roles\":[\"TELLER\"]}");
            assertEquals(weak + ": " + refused, 400, refused.status());
            assertEquals("password", refused.json().get("field").asText());
        }
        assertEquals(404, http.get("staff/weak.user", admin).status());
    }

    // 5. changes end tokens

    @Test
    public void changingOnesPasswordEndsEveryTokenAndGivesANewOne() {
        String first = staff("own.change", "TELLER");
        String second = http.login("own.change", passwordOf("own.change"));
        Http.Reply wrongOld = http.postJson("auth/password", first,
                "{\"oldPassword\":\"not-my-password\",\"newPassword\":\"a-new-secret-2026\"}");
        assertEquals(wrongOld.toString(), 400, wrongOld.status());
        assertEquals("oldPassword", wrongOld.json().get("field").asText());
        Http.Reply weak = http.postJson("auth/password", first,
                "{\"oldPassword\":\"" + passwordOf("own.change") + "\",\"newPassword\":\"abcabcabcabc\"}");
        assertEquals("newPassword", weak.json().get("field").asText());
        assertEquals("a refused change ends nothing", 200, http.get("staff/me", first).status());

        Http.Reply changed = http.postJson("auth/password", first,
                "{\"oldPassword\":\"" + passwordOf("own.change") + "\",\"newPassword\":\"a-new-secret-2026\"}");
        assertEquals(changed.toString(), 200, changed.status());
        String fresh = changed.json().get("token").asText();
        assertEquals(401, http.get("staff/me", first).status());
        assertEquals(401, http.get("staff/me", second).status());
        assertEquals(200, http.get("staff/me", fresh).status());
        assertEquals(401, http.postJson("auth/login", null, "{\"username\":\"own.change\",\"password\":\""
                + passwordOf("own.change") + "\"}").status());
        http.login("own.change", "a-new-secret-2026");
    }

    @Test
    public void aResetPasswordMustBeChangedBeforeAnythingElse() {
        String admin = admin();
        String before = staff("reset.me", "CUSTOMER_MANAGER");
        assertEquals(200, http.postJson("staff/reset.me/password", admin, "{\"password\":\"temporary-2026-x\"}").status());
        assertEquals(401, http.get("staff/me", before).status());

        Http.Reply login = http.postJson("auth/login", null, "{\"username\":\"reset.me\",\"password\":\"temporary-2026-x\"}");
        assertEquals(200, login.status());
        assertTrue(login.toString(), login.json().get("mustChangePassword").asBoolean());
        String limited = login.json().get("token").asText();
        for (String path : List.of("staff/me", "customers?q=wang", "auth/sessions", "branch")) {
            Http.Reply refused = http.get(path, limited);
            assertEquals(path + ": " + refused, 403, refused.status());
            assertTrue(refused.toString(), refused.json().get("detail").asText().contains("POST /api/auth/password"));
        }
        Http.Reply changed = http.postJson("auth/password", limited,
                "{\"oldPassword\":\"temporary-2026-x\",\"newPassword\":\"my-own-choice-77\"}");
        assertEquals(changed.toString(), 200, changed.status());
        assertFalse(changed.json().get("mustChangePassword").asBoolean());
        assertEquals(200, http.get("staff/me", changed.json().get("token").asText()).status());
        assertFalse(http.postJson("auth/login", null, "{\"username\":\"reset.me\",\"password\":\"my-own-choice-77\"}").json()
                .get("mustChangePassword").asBoolean());
    }

    @Test
    public void disablingAndChangingRolesEndTokens() {
        String admin = admin();
        String token = staff("dis.user", "TELLER");
        Http.Reply disabled = http.postJson("staff/dis.user/disable", admin, "");
        assertEquals(disabled.toString(), 200, disabled.status());
        assertFalse(disabled.json().get("active").asBoolean());
        assertEquals(401, http.get("staff/me", token).status());
        assertEquals(401, http.postJson("auth/login", null, "{\"username\":\"dis.user\",\"password\":\"" + passwordOf("dis.user")
                + "\"}").status());
        assertEquals(409, http.postJson("staff/dis.user/disable", admin, "").status());
        assertEquals(200, http.postJson("staff/dis.user/enable", admin, "").status());
        String again = http.login("dis.user", passwordOf("dis.user"));
        assertEquals(200, http.get("staff/me", again).status());

        assertEquals(200, http.putJson("staff/dis.user/roles", admin, "{\"roles\":[\"LOBBY_MANAGER\"]}").status());
        assertEquals(401, http.get("staff/me", again).status());
        assertEquals("[\"LOBBY_MANAGER\"]", http.postJson("auth/login", null, "{\"username\":\"dis.user\",\"password\":\""
                + passwordOf("dis.user") + "\"}").json().get("roles").toString());
        assertEquals(403, http.postJson("staff/dis.user/enable", http.login("dis.user", passwordOf("dis.user")), "").status());
    }

    @Test
    public void theLastActiveAdministratorCanBeNeitherDisabledNorDemoted() {
        String admin = admin();
        String second = staff("second.admin", "ADMIN");
        assertEquals(200, http.putJson("staff/second.admin/roles", admin, "{\"roles\":[\"CENTER_HEAD\"]}").status());
        assertEquals("the demotion ended its tokens", 401, http.get("staff/me", second).status());
        assertEquals(403, http.postJson("staff/admin/disable", http.login("second.admin", passwordOf("second.admin")), "").status());
        Http.Reply disable = http.postJson("staff/admin/disable", admin, "");
        assertEquals(disable.toString(), 409, disable.status());
        assertEquals("active", disable.json().get("field").asText());
        Http.Reply demote = http.putJson("staff/admin/roles", admin, "{\"roles\":[\"OPERATIONS_SUPERVISOR\"]}");
        assertEquals(demote.toString(), 409, demote.status());
        assertEquals("roles", demote.json().get("field").asText());
        assertEquals(200, http.get("staff/me", admin).status());
        assertEquals("[\"ADMIN\"]", http.get("staff/admin", admin).json().get("roles").toString());
    }

    // 6. sessions and the idle timeout

    @Test
    public void oneSeesAndEndsOnesOwnSessionsButNeverTheirTokens() {
        String here = staff("two.counters", "TELLER");
        String there = http.login("two.counters", passwordOf("two.counters"));
        String someoneElse = staff("other.teller", "TELLER");
        Http.Reply list = http.get("auth/sessions", here);
        assertEquals(list.toString(), 200, list.status());
        assertEquals(list.toString(), 2, list.json().size());
        assertFalse(list.body().contains(here));
        assertFalse(list.body().contains(there));
        JsonNode current = StreamSupport.stream(list.json().spliterator(), false).filter(s -> s.get("current").asBoolean())
                .findFirst().orElseThrow();
        JsonNode other = StreamSupport.stream(list.json().spliterator(), false).filter(s -> !s.get("current").asBoolean())
                .findFirst().orElseThrow();
        assertNotEquals(current.get("id").asText(), other.get("id").asText());
        assertTrue(other.has("createdAt") && other.has("lastUsedAt") && other.has("expiresAt"));

        assertEquals("not someone else's", 404, http.delete("auth/sessions/" + other.get("id").asText(), someoneElse).status());
        assertEquals(200, http.get("staff/me", there).status());
        assertEquals(204, http.delete("auth/sessions/" + other.get("id").asText(), here).status());
        assertEquals(401, http.get("staff/me", there).status());
        assertEquals(200, http.get("staff/me", here).status());
        assertEquals(404, http.delete("auth/sessions/" + other.get("id").asText(), here).status());
        assertEquals(404, http.delete("auth/sessions/not-an-id", here).status());
        assertEquals(1, http.get("auth/sessions", here).json().size());
    }

    @Test
    public void aTokenUnusedForTheIdleTimeIsRefused() throws Exception {
        String token = staff("idle.user", "TELLER");
        assertEquals(200, http.get("staff/me", token).status());
        try {
            configure(1);
            Thread.sleep(3000); // past the idle time of 1 s, and past the slack of a shared database
            assertEquals(401, http.get("staff/me", token).status());
            assertEquals("a new login works", 200, http.get("staff/me", http.login("idle.user", passwordOf("idle.user"))).status());
        } finally {
            configure(600);
        }
    }

    private static String account(String username, String roles) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + passwordOf(username) + "\",\"displayName\":\"" + username
                + "\",\"roles\":[" + roles + "]}";
    }

    private static JsonNode find(JsonNode entries, String action, String detailStart) {
        return StreamSupport.stream(entries.spliterator(), false)
                .filter(e -> e.get("action").asText().equals(action) && e.get("detail").asText().startsWith(detailStart))
                .findFirst().orElseThrow(() -> new AssertionError("no " + action + " in " + entries));
    }

    /** A login as from the given client address, which the runtime believes from 127.0.0.1 (trustedProxies). */
    private Answer login(String username, String password, String forwardedFor) {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port")
                + "/api/auth/login")).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sets the security configuration unless it is set already, and waits until the staff service
     * runs with it and the API answers again (a new configuration restarts the service and the
     * resources that use it).
     */
    private void configure(int idleSeconds) throws Exception {
        String filter = "(&(maxFailuresPerAccount=" + PER_ACCOUNT + ")(idleSeconds=" + idleSeconds + "))";
        if (context.getServiceReferences(Authenticator.class, filter).isEmpty()) {
            ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
            Configuration config = context.getService(ref).getConfiguration(PID, "?");
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("maxFailuresPerAccount", PER_ACCOUNT);
            props.put("maxFailuresPerAddress", PER_ADDRESS);
            props.put("lockMinutes", 1);
            props.put("failureDelaySeconds", 0);
            props.put("idleSeconds", idleSeconds);
            props.put("trustedProxies", new String[] { "127.0.0.1" });
            config.update(props);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (context.getServiceReferences(Authenticator.class, filter).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertFalse("the configuration did not reach the staff service", context.getServiceReferences(Authenticator.class, filter)
                .isEmpty());
        Http.Reply me = null;
        while (System.nanoTime() < deadline) {
            Http.Reply login = http.postJson("auth/login", null, "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
            if (login.status() == 200) {
                me = http.get("staff/me", login.json().get("token").asText());
                if (me.status() == 200) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the API did not come back after the new configuration: " + me);
    }
}
