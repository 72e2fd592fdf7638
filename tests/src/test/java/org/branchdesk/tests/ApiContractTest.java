package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code GET /api/openapi.json} describes exactly the operations the JAX-RS whiteboard serves in
 * the Branchdesk application (its {@code RuntimeDTO}), says who may call each, and follows an
 * integrator's bundle in and out.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApiContractTest extends BranchdeskTestSupport {

    private static final String PROSPECTING = "GET /prospecting/{customerId}";

    @Test
    public void theDocumentListsExactlyTheOperationsTheWhiteboardServes() throws InterruptedException {
        Set<String> served = awaitAgreement(ops -> true);
        // a few that must be there, so that two empty sets cannot agree
        assertTrue(served.toString(), served.containsAll(List.of("POST /auth/login", "GET /health", "GET /openapi.json",
                "GET /customers/{id}", "PUT /admin/deploy/{file}", "DELETE /admin/deploy/{file}")));
    }

    @Test
    public void theDocumentIsPublicAndSaysWhoMayCallWhat() throws IOException {
        Http.Reply reply = http.get("openapi.json", null);
        assertEquals(reply.toString(), 200, reply.status());
        assertTrue(reply.contentType(), reply.contentType().startsWith("application/json"));
        JsonNode doc = reply.json();
        // kept for a look or an OpenAPI linter: tests/target/openapi.json
        Path copy = Path.of(System.getProperty("basedir", "."), "target", "openapi.json");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, doc.toPrettyString());
        assertEquals("3.0.3", doc.get("openapi").asText());
        assertEquals("/api", doc.get("servers").get(0).get("url").asText());
        assertEquals("bearer", doc.at("/components/securitySchemes/bearer/scheme").asText());
        for (String status : List.of("400", "401", "403", "404", "409", "429")) {
            assertEquals(status, "#/components/schemas/Problem",
                    doc.at("/components/responses/" + status + "/content/application~1problem+json/schema/$ref").asText());
        }

        Set<String> ids = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey() + " " + path.getKey();
                assertTrue(where + " has a duplicate operationId", ids.add(op.getValue().get("operationId").asText()));
                JsonNode security = op.getValue().get("security");
                assertNotNull(where, security);
                if (!security.isEmpty()) {
                    assertEquals(where, "[{\"bearer\":[]}]", security.toString());
                    assertTrue(where, op.getValue().at("/responses/401").has("$ref"));
                }
            }
        }

        JsonNode login = op(doc, "post", "/auth/login");
        assertEquals("AuthResource.login", login.get("operationId").asText());
        assertEquals("[]", login.get("security").toString());
        assertFalse(login.has("x-roles"));
        assertTrue(login.at("/requestBody/content").has("application/json"));
        assertEquals("[]", op(doc, "get", "/health").get("security").toString());
        assertEquals("[]", op(doc, "get", "/openapi.json").get("security").toString());

        assertEquals("[\"ADMIN\"]", op(doc, "get", "/admin/modules").get("x-roles").toString()); // from the class
        assertEquals("[\"ADMIN\"]", op(doc, "post", "/staff").get("x-roles").toString()); // from the method
        assertFalse("any authenticated caller", op(doc, "get", "/staff/me").has("x-roles"));
        assertEquals("[{\"bearer\":[]}]", op(doc, "get", "/staff/me").get("security").toString());

        JsonNode search = op(doc, "get", "/customers");
        assertTrue(search.get("parameters").toString(), search.get("parameters").toString().contains("{\"name\":\"q\",\"in\":\"query\""));
        JsonNode put = op(doc, "put", "/admin/deploy/{file}");
        assertTrue(put.at("/requestBody/content").has("application/java-archive"));
        assertEquals("path", put.at("/parameters/0/in").asText());
        assertEquals("file", put.at("/parameters/0/name").asText());
        // the logout's Authorization header is the bearer token, not a parameter (OpenAPI 3.0.3, 4.7.12.1)
        assertFalse(op(doc, "post", "/auth/logout").has("parameters"));
        String newStaff = op(doc, "post", "/staff").at("/requestBody/content/application~1json/schema/$ref").asText();
        assertEquals("#/components/schemas/NewStaff", newStaff);
        assertEquals("array", doc.at("/components/schemas/NewStaff/properties/roles/type").asText());
    }

    @Test
    public void anIntegratorsResourceAppearsWhenDeployedAndGoesWhenRemoved() throws Exception {
        Path example = Path.of(System.getProperty("branchdesk.example"));
        assertTrue("build examples/prospecting first: " + example, Files.isRegularFile(example));
        String admin = admin();
        assertFalse(operations(document()).contains(PROSPECTING));

        Http.Reply deployed = http.put("admin/deploy/prospecting.jar", admin, "application/java-archive", Files.readAllBytes(example));
        assertEquals(deployed.toString(), 201, deployed.status());
        try {
            awaitAgreement(ops -> ops.contains(PROSPECTING));
            JsonNode prospecting = op(document(), "get", "/prospecting/{customerId}");
            assertEquals("ProspectingResource.get", prospecting.get("operationId").asText());
            assertEquals("[\"CUSTOMER_MANAGER\",\"CENTER_HEAD\",\"LOBBY_MANAGER\"]", prospecting.get("x-roles").toString());
            assertEquals("[\"prospecting\"]", prospecting.get("tags").toString()); // its Branchdesk-Module
        } finally {
            assertEquals(204, http.delete("admin/deploy/prospecting.jar", admin).status());
        }
        awaitAgreement(ops -> !ops.contains(PROSPECTING));
    }

    /**
     * Waits until the document and the whiteboard list the same operations and those satisfy the
     * condition (the whiteboard serves a new resource a moment after its service appears), and
     * returns them; fails naming the differences.
     */
    private Set<String> awaitAgreement(Predicate<Set<String>> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            Set<String> documented = operations(document());
            Set<String> served = whiteboard();
            if (documented.equals(served) && condition.test(documented)) {
                return documented;
            }
            if (System.nanoTime() > deadline) {
                Set<String> onlyDocumented = new TreeSet<>(documented);
                onlyDocumented.removeAll(served);
                Set<String> onlyServed = new TreeSet<>(served);
                onlyServed.removeAll(documented);
                fail("/api/openapi.json and the whiteboard disagree.\n  only in the document: " + onlyDocumented
                        + "\n  only served by the whiteboard: " + onlyServed + "\n  document: " + documented);
            }
            Thread.sleep(100);
        }
    }

    private JsonNode document() {
        Http.Reply reply = http.get("openapi.json", null);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    /** "METHOD /path" of every operation of the document. */
    static Set<String> operations(JsonNode doc) {
        Set<String> ops = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> ops.add(m.toUpperCase() + " " + normalise(path.getKey())));
        }
        return ops;
    }

    /** "METHOD /path" of every resource method the whiteboard serves in the Branchdesk application. */
    private Set<String> whiteboard() {
        ServiceReference<JaxrsServiceRuntime> ref = context.getServiceReference(JaxrsServiceRuntime.class);
        assertNotNull("no JAX-RS whiteboard", ref);
        JaxrsServiceRuntime runtime = context.getService(ref);
        try {
            Set<String> ops = new TreeSet<>();
            for (ApplicationDTO app : runtime.getRuntimeDTO().applicationDTOs) {
                if (!BranchdeskApi.APPLICATION_NAME.equals(app.name)) {
                    continue;
                }
                add(ops, app.resourceMethods);
                for (ResourceDTO resource : app.resourceDTOs) {
                    add(ops, resource.resourceMethods);
                }
            }
            return ops;
        } finally {
            context.ungetService(ref);
        }
    }

    private static void add(Set<String> ops, ResourceMethodInfoDTO[] methods) {
        if (methods != null) {
            for (ResourceMethodInfoDTO m : methods) {
                ops.add(m.method + " " + normalise(m.path));
            }
        }
    }

    /** One spelling of a path: leading slash, no trailing or double slash, templates without their expressions. */
    static String normalise(String path) {
        String p = ("/" + (path == null ? "" : path)).replaceAll("/+", "/").replaceAll("\\{\\s*([\\w.-]+)\\s*:[^}]*}", "{$1}");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static JsonNode op(JsonNode doc, String method, String path) {
        JsonNode op = doc.get("paths").path(path).get(method);
        assertNotNull(method + " " + path + " is not in the document", op);
        return op;
    }
}
