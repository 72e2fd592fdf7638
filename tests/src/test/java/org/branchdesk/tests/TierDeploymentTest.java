package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Boots one tier's deployment (runtime/target/export/&lt;tier&gt;, resolved from
 * features/&lt;tier&gt;.bndrun) and checks its tier, its module set and one tier-specific rule.
 * One subclass per tier; the wealth centre is what every other test boots.
 */
public abstract class TierDeploymentTest extends BranchdeskTestSupport {

    protected abstract String expectedTier();

    protected abstract List<String> expectedModules();

    @Test
    public void healthNamesTheTierAndExactlyItsModules() {
        JsonNode health = http.get("health", null).json();
        assertEquals(expectedTier(), health.get("tier").asText());
        List<String> modules = new ArrayList<>();
        health.get("modules").forEach(m -> modules.add(m.asText()));
        assertEquals(expectedModules(), modules);
    }

    /**
     * One read endpoint of every module built so far. A module the tier runs answers there (for
     * the administrator: 200, or 403 where the role may not read); one the tier leaves out is 404.
     */
    private static final Map<String, String> ENDPOINTS = Map.of("customer", "customers?q=T&limit=1", "lobby", "lobby/queues",
            "complaint", "complaints", "platform", "branch", "relationship", "relationship/loads", "marketing", "marketing/figures",
            "counter", "counter/types");

    @Test
    public void endpointsOfAbsentModulesAre404() {
        String admin = admin();
        ENDPOINTS.forEach((module, endpoint) -> {
            int status = http.get(endpoint, admin).status();
            if (expectedModules().contains(module)) {
                assertTrue(module + " runs but " + endpoint + " answered " + status, status == 200 || status == 403);
            } else {
                assertEquals(module + " is absent but " + endpoint + " answered", 404, status);
            }
        });
    }

    /** Imports the sample customers and segments them, for tier-specific routing checks. */
    protected void customers() {
        String admin = admin();
        staff("cm1", "CUSTOMER_MANAGER");
        assertEquals(200, http.post("import/customers", admin, "text/csv", SampleData.customers()).status());
        assertEquals(200, http.post("import/balances", admin, "text/csv", SampleData.balances()).status());
        assertEquals(201, http.postJson("segmentation/runs", admin, "{\"quarter\":\"2026-Q3\"}").status());
    }

    protected JsonNode arrive(String customerId, String purpose) {
        Http.Reply r = http.postJson("lobby/arrivals", staff("lobby1", "LOBBY_MANAGER"),
                "{\"customerId\":\"" + customerId + "\",\"purpose\":\"" + purpose + "\"}");
        assertEquals(r.toString(), 201, r.status());
        return r.json();
    }
}
