package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.workspace.WorkspacePage;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The workspace as the modules assemble it: the shell at {@code /} with its strict policy, the pages
 * each caller's roles open, a page's files served from the bundle that registered it, and a page
 * that goes when its bundle stops (an integrator's bundle made on the spot, and the lobby module).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WorkspaceTest extends BranchdeskTestSupport {

    private static final String PAGE_SCRIPT = "export async function mount(root, ctx) { root.textContent = 'probe'; }\n";

    private Http.RawReply fetch(String method, String path) {
        return http.raw(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    private List<String> pageIds(String token) {
        Http.Reply pages = http.get("workspace/pages", token);
        assertEquals(pages.toString(), 200, pages.status());
        List<String> ids = new ArrayList<>();
        pages.json().forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    @Test
    public void theShellIsServedAtTheRootWithAStrictContentSecurityPolicy() {
        Http.RawReply shell = fetch("GET", "/");
        assertEquals(shell.toString(), 200, shell.status());
        assertTrue(shell.header("content-type"), shell.header("content-type").startsWith("text/html"));
        String csp = shell.header("content-security-policy");
        assertTrue(csp, csp.contains("script-src 'self'") && csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"));
        assertFalse(csp, csp.contains("unsafe-inline") || csp.contains("unsafe-eval"));
        assertEquals("nosniff", shell.header("x-content-type-options"));
        // no inline script: every <script> names its source
        assertFalse(shell.body(), shell.body().replace("<script type=\"module\" src=\"/ui/shell/shell.js\"></script>", "").contains("<script"));

        Http.RawReply script = fetch("GET", "/ui/shell/shell.js");
        assertEquals(200, script.status());
        assertTrue(script.header("content-type"), script.header("content-type").startsWith("text/javascript"));
        assertNotNull(script.header("etag"));
        Http.RawReply again = http.raw("GET /ui/shell/shell.js HTTP/1.1\r\nHost: 127.0.0.1\r\nIf-None-Match: " + script.header("etag")
                + "\r\nConnection: close\r\n\r\n");
        assertEquals("an unchanged file is revalidated, not sent again", 304, again.status());

        assertNotServed("/ui/shell/../../META-INF/MANIFEST.MF");
        assertNotServed("/ui/shell/%2e%2e/%2e%2e/META-INF/MANIFEST.MF");
        assertNotServed("/ui/pages/it/..%2f..%2f..%2fMETA-INF/MANIFEST.MF");
        assertEquals(404, fetch("GET", "/ui/pages/nowhere/page.js").status());
        assertEquals("only the workspace's kinds of file", 404, fetch("GET", "/ui/pages/it/ItPage.class").status());
        assertEquals(404, fetch("GET", "/wp-login.php").status());
        assertEquals(405, fetch("POST", "/").status());
        assertEquals("the API keeps its own context", 200, fetch("GET", "/api/health").status());
    }

    @Test
    public void eachCallerIsListedThePagesItsRolesOpen() {
        List<String> admin = pageIds(admin());
        assertTrue(admin.toString(), admin.contains("it"));
        List<String> teller = pageIds(staff("ws-teller1", "TELLER"));
        assertFalse(teller.toString(), teller.contains("it"));
        Http.Reply anonymous = http.get("workspace/pages", null);
        assertEquals(401, anonymous.status());

        JsonNode it = find(http.get("workspace/pages", admin()).json(), "it");
        assertEquals("Branch IT", it.get("titles").get("en").asText());
        assertEquals("系统运维", it.get("titles").get("zh-CN").asText());
        assertEquals("/ui/pages/it/it.js", it.get("entry").asText());
        assertEquals("platform", it.get("module").asText());
        Http.RawReply file = fetch("GET", "/ui/pages/it/it.js");
        assertEquals(200, file.status());
        assertTrue(file.body().contains("export"));
    }

    @Test
    public void anIntegratorsPageComesWithItsBundleAndGoesWhenItStops() throws Exception {
        String teller = staff("ws-teller2", "TELLER");
        Bundle bundle = context.installBundle("workspace-test:probe", new ByteArrayInputStream(
                jar("com.example.workspace.probe", Map.of("web/probe/probe.js", PAGE_SCRIPT, "web/probe/probe.css", "p{}"))));
        try {
            bundle.start();
            ServiceRegistration<WorkspacePage> registration = bundle.getBundleContext().registerService(WorkspacePage.class,
                    page("probe", Set.of(Role.TELLER), "web/probe", "probe.js"), null);
            assertTrue(pageIds(teller).contains("probe"));
            assertFalse("a centre head's roles do not open it", pageIds(staff("ws-head1", "CENTER_HEAD")).contains("probe"));
            Http.RawReply script = fetch("GET", "/ui/pages/probe/probe.js");
            assertEquals(200, script.status());
            assertEquals(PAGE_SCRIPT, script.body());
            assertEquals(200, fetch("GET", "/ui/pages/probe/probe.css").status());
            assertTrue(script.header("content-security-policy").contains("script-src 'self'"));

            registration.unregister();
            assertFalse(pageIds(teller).contains("probe"));
            assertEquals(404, fetch("GET", "/ui/pages/probe/probe.js").status());

            bundle.getBundleContext().registerService(WorkspacePage.class, page("probe", Set.of(Role.TELLER), "web/probe", "probe.js"), null);
            assertTrue(pageIds(teller).contains("probe"));
            bundle.stop();
            assertFalse("a stopped bundle's page is gone", pageIds(teller).contains("probe"));
            assertEquals(404, fetch("GET", "/ui/pages/probe/probe.js").status());
        } finally {
            bundle.uninstall();
        }
    }

    @Test
    public void aMalformedPageIsLeftOutAndAHigherRankedOneWinsItsId() throws Exception {
        String teller = staff("ws-teller3", "TELLER");
        Bundle bundle = context.installBundle("workspace-test:malformed", new ByteArrayInputStream(
                jar("com.example.workspace.malformed", Map.of("web/a/a.js", PAGE_SCRIPT, "web/b/b.js", PAGE_SCRIPT))));
        try {
            bundle.start();
            var ctx = bundle.getBundleContext();
            ctx.registerService(WorkspacePage.class, page("Bad Id", Set.of(Role.TELLER), "web/a", "a.js"), null);
            ctx.registerService(WorkspacePage.class, page("no-entry", Set.of(Role.TELLER), "web/a", "missing.js"), null);
            ctx.registerService(WorkspacePage.class, page("escape", Set.of(Role.TELLER), "web/../web/a", "a.js"), null);
            ctx.registerService(WorkspacePage.class, page("no-roles", Set.of(), "web/a", "a.js"), null);
            List<String> ids = pageIds(teller);
            assertFalse(ids.toString(), ids.contains("no-entry") || ids.contains("escape") || ids.contains("no-roles"));
            assertFalse(ids.toString(), ids.stream().anyMatch(id -> id.contains(" ")));

            ctx.registerService(WorkspacePage.class, page("twin", Set.of(Role.TELLER), "web/a", "a.js"), null);
            Dictionary<String, Object> ranked = new Hashtable<>();
            ranked.put(Constants.SERVICE_RANKING, 10);
            ctx.registerService(WorkspacePage.class, page("twin", Set.of(Role.TELLER), "web/b", "b.js"), ranked);
            JsonNode twin = find(http.get("workspace/pages", teller).json(), "twin");
            assertEquals("/ui/pages/twin/b.js", twin.get("entry").asText());
            assertEquals(1, pageIds(teller).stream().filter("twin"::equals).count());
        } finally {
            bundle.uninstall();
        }
    }

    @Test
    public void aStoppedModuleTakesItsPagesAlongAndTheOthersStay() throws Exception {
        String lobbyManager = staff("ws-lobby1", "LOBBY_MANAGER");
        List<String> before = pageIds(lobbyManager);
        assertTrue(before.toString(), before.contains("lobby"));
        Bundle lobby = installed("org.branchdesk.lobby.impl");
        lobby.stop();
        try {
            List<String> after = pageIds(lobbyManager);
            assertFalse(after.toString(), after.contains("lobby"));
            assertEquals(404, fetch("GET", "/ui/pages/lobby/lobby.js").status());
            assertTrue("the other modules' pages stay: " + after, after.contains("customer"));
        } finally {
            lobby.start();
        }
        http.awaitHealthy(Duration.ofSeconds(30));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!pageIds(lobbyManager).contains("lobby") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(pageIds(lobbyManager).contains("lobby"));
    }

    /** Refused one way or another (Jetty's 400 for a path it will not normalise, or our 404), never the file. */
    private void assertNotServed(String path) {
        Http.RawReply reply = fetch("GET", path);
        assertTrue(path + " -> " + reply, reply.status() == 404 || reply.status() == 400);
        assertFalse(reply.body(), reply.body().contains("Manifest-Version"));
    }

    private static JsonNode find(JsonNode pages, String id) {
        for (JsonNode p : pages) {
            if (id.equals(p.get("id").asText())) {
                return p;
            }
        }
        throw new AssertionError("no page " + id + " in " + pages);
    }

    private static WorkspacePage page(String id, Set<Role> roles, String folder, String entry) {
        return new WorkspacePage() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Map<String, String> titles() {
                return Map.of("en", "Probe " + id, "zh-CN", "探针");
            }

            @Override
            public Set<Role> roles() {
                return roles;
            }

            @Override
            public String folder() {
                return folder;
            }

            @Override
            public String entry() {
                return entry;
            }
        };
    }

    /** A bundle of nothing but files (a page's), as an integrator's bundle ships them. */
    private static byte[] jar(String symbolicName, Map<String, String> files) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.putNextEntry(new JarEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
