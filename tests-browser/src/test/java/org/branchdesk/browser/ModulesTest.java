package org.branchdesk.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Modules come and go while the workspace is open: the example integrator's page appears once its
 * bundle is deployed and goes when it is removed, without a reload or a script error; a tier
 * without the relationship module has no manager's page.
 */
public class ModulesTest extends BrowserTestBase {

    /** The shell asks for its navigation every 15 s: a bound of a few rounds. */
    static final Duration NAV_REFRESH = Duration.ofSeconds(60);

    @Test
    public void anIntegratorsPageComesWithItsBundleAndGoesWithIt() throws Exception {
        Path jar = Path.of(System.getProperty("branchdesk.example", "../examples/prospecting/target/prospecting-1.0.0.jar"));
        assertTrue("the example bundle " + jar + " (mvn install -DskipTests -pl examples/prospecting)", Files.isRegularFile(jar));
        ws.home().login("demo.cm");
        assertFalse(ws.present(By.id("nav-prospects")));
        ws.js("window.__branchdeskNoReload = true;");

        String admin = rest.login("admin");
        int status = rest.put("admin/deploy/prospecting-1.0.0.jar", admin, jar).status();
        assertTrue("deployed: " + status, status == 201 || status == 200);
        ws.waiting(NAV_REFRESH).until(d -> !d.findElements(By.id("nav-prospects")).isEmpty());
        ws.go("prospects");
        ws.screenshot("prospects");
        assertEquals(List.of(), ws.severeConsole());

        assertEquals(204, rest.delete("admin/deploy/prospecting-1.0.0.jar", admin).status());
        ws.waiting(NAV_REFRESH).until(d -> d.findElements(By.id("nav-prospects")).isEmpty());
        ws.waitFor(By.id("page-gone"));
        assertEquals("the page was not reloaded", Boolean.TRUE, ws.js("return window.__branchdeskNoReload === true"));
        assertEquals("no script error", List.of(), ws.severeConsole());
        ws.screenshot("page-gone");
        // the other pages still work
        ws.go(ws.navPages().get(0));
    }

    @Test
    public void anOutletWithoutTheRelationshipModuleHasNoManagersPage() throws Exception {
        try (BranchRuntime outlet = BranchRuntime.startDemo("outlet", "outlet")) {
            Rest outletRest = new Rest(outlet.baseUrl());
            JsonNode health = outletRest.get("health", null).ok().json();
            List<String> modules = new java.util.ArrayList<>();
            health.get("modules").forEach(m -> modules.add(m.asText()));
            assertFalse("the outlet runs no relationship module: " + modules, modules.contains("relationship"));

            String user = "demo.cm";
            if (outletRest.post("auth/login", null, Map.of("username", user, "password", BranchRuntime.DEMO_PASSWORD)).status() != 200) {
                // no demo data on this tier: a customer manager of its own
                user = "outlet.cm";
                String admin = outletRest.login("admin");
                outletRest.post("staff", admin, Map.of("username", user, "password", BranchRuntime.DEMO_PASSWORD,
                        "displayName", "Outlet CM", "roles", List.of("CUSTOMER_MANAGER"))).ok();
            }
            try (Workspace there = Workspace.open(outlet.baseUrl())) {
                there.home().login(user);
                there.waitFor(By.id("current-user"));
                List<String> nav = there.navPages();
                assertFalse("no manager's page on an outlet: " + nav, nav.contains("manager"));
                if (!nav.isEmpty()) {
                    there.go(nav.get(0));
                }
                there.screenshot("outlet-cm");
                assertEquals(List.of(), there.severeConsole());
            }
        }
    }
}
