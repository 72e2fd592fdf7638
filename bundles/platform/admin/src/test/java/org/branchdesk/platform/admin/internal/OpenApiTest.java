package org.branchdesk.platform.admin.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.Public;
import org.branchdesk.platform.security.Role;
import org.junit.Test;

/** The document says what the annotations say, as the authentication filter reads them. */
public class OpenApiTest {

    enum Colour { RED, GREEN }

    record Thing(String name, long count, Colour colour, List<Thing> parts, Set<Role> roles) {
    }

    @Path("/things/")
    @Produces(MediaType.APPLICATION_JSON)
    @Allow({ Role.TELLER, Role.CENTER_HEAD })
    public static final class Things {
        @GET
        public List<Thing> list(@QueryParam("limit") @DefaultValue("20") String limit, @Context SecurityContext security) {
            return List.of();
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Allow(Role.ADMIN)
        public Response create(Thing body, @HeaderParam("Authorization") String token) {
            return null;
        }

        @GET
        @Path("{id: \\d+}/parts")
        public Thing get(@PathParam("id") long id) {
            return null;
        }

        @PUT
        @Path("{id}")
        @Consumes({ "application/java-archive", "application/zip" })
        public void put(@PathParam("id") long id, InputStream in) {
        }

        public String notAResourceMethod() {
            return "";
        }
    }

    @Path("open")
    @Public
    public static final class Open {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Map<String, Object> hello() {
            return Map.of();
        }

        @GET
        @Path("{name}")
        public String hello(@Context javax.ws.rs.core.UriInfo uri) {
            return "";
        }
    }

    @Path("me")
    public interface MeApi {
        @DELETE
        void forget();
    }

    public static final class Me implements MeApi {
        @Override
        public void forget() {
        }
    }

    private final Map<String, Object> doc = OpenApi.document("1.2.3",
            List.of(new OpenApi.Served(Things.class, "things"), new OpenApi.Served(Open.class, "platform"),
                    new OpenApi.Served(Me.class, "platform")));

    @Test
    public void pathsJoinClassAndMethodAndDropTemplateExpressions() {
        assertEquals("3.0.3", doc.get("openapi"));
        assertEquals(Set.of("/things", "/things/{id}/parts", "/things/{id}", "/open", "/open/{name}", "/me"), paths().keySet());
        assertEquals(Set.of("get", "post"), paths().get("/things").keySet());
    }

    @Test
    public void rolesOfTheMethodWinOverTheClassAndPublicNeedsNoToken() {
        assertEquals(List.of("TELLER", "CENTER_HEAD"), op("/things", "get").get("x-roles"));
        assertEquals(List.of("ADMIN"), op("/things", "post").get("x-roles"));
        assertEquals(List.of(Map.of("bearer", List.of())), op("/things", "post").get("security"));
        assertEquals(List.of(), op("/open", "get").get("security"));
        assertNull(op("/open", "get").get("x-roles"));
        Map<?, ?> responses = (Map<?, ?>) op("/open", "get").get("responses");
        assertFalse(responses.containsKey("401"));
        assertFalse(responses.containsKey("403"));
        assertTrue(((Map<?, ?>) op("/things", "get").get("responses")).containsKey("401"));
    }

    @Test
    public void inheritedAnnotationsCountAndAnyCallerIsWithoutRoles() {
        Map<String, Object> forget = op("/me", "delete");
        assertEquals("Me.forget", forget.get("operationId"));
        assertNull(forget.get("x-roles"));
        assertEquals(List.of(Map.of("bearer", List.of())), forget.get("security"));
        assertTrue(((Map<?, ?>) forget.get("responses")).containsKey("204"));
    }

    @Test
    public void parametersAndBodies() {
        List<?> params = (List<?>) op("/things", "get").get("parameters");
        assertEquals(1, params.size()); // the SecurityContext is no parameter
        Map<?, ?> limit = (Map<?, ?>) params.get(0);
        assertEquals("limit", limit.get("name"));
        assertEquals("query", limit.get("in"));
        assertEquals(false, limit.get("required"));
        assertEquals("20", ((Map<?, ?>) limit.get("schema")).get("default"));

        Map<String, Object> create = op("/things", "post");
        assertNull("Authorization is said by security, not as a parameter", create.get("parameters"));
        Map<?, ?> content = (Map<?, ?>) ((Map<?, ?>) create.get("requestBody")).get("content");
        assertEquals(Set.of("application/json"), content.keySet());
        assertEquals(Map.of("$ref", "#/components/schemas/Thing"), ((Map<?, ?>) content.get("application/json")).get("schema"));
        Map<?, ?> thing = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) doc.get("components")).get("schemas")).get("Thing");
        Map<?, ?> properties = (Map<?, ?>) thing.get("properties");
        assertEquals(List.of("RED", "GREEN"), ((Map<?, ?>) properties.get("colour")).get("enum"));
        assertEquals(Map.of("$ref", "#/components/schemas/Thing"), ((Map<?, ?>) properties.get("parts")).get("items"));

        Map<?, ?> id = (Map<?, ?>) ((List<?>) op("/things/{id}/parts", "get").get("parameters")).get(0);
        assertEquals("path", id.get("in"));
        assertEquals(true, id.get("required"));
        assertEquals("integer", ((Map<?, ?>) id.get("schema")).get("type"));

        Map<?, ?> jar = (Map<?, ?>) ((Map<?, ?>) op("/things/{id}", "put").get("requestBody")).get("content");
        assertEquals(List.of("application/java-archive", "application/zip"), List.copyOf(jar.keySet()));
    }

    @Test
    public void aTemplateReadOtherwiseIsStillAPathParameterAndOverloadsGetTheirOwnIds() {
        Map<?, ?> name = (Map<?, ?>) ((List<?>) op("/open/{name}", "get").get("parameters")).get(0);
        assertEquals(Map.of("name", "name", "in", "path", "required", true, "schema", Map.of("type", "string")), name);
        assertEquals(Set.of("Open.hello", "Open.hello2"),
                Set.of(op("/open", "get").get("operationId"), op("/open/{name}", "get").get("operationId")));
    }

    @Test
    public void problemsAreDescribed() {
        Map<?, ?> responses = (Map<?, ?>) ((Map<?, ?>) doc.get("components")).get("responses");
        assertEquals(Set.of("400", "401", "403", "404", "409", "429"), responses.keySet());
        Map<?, ?> create = (Map<?, ?>) op("/things", "post").get("responses");
        assertEquals(Map.of("$ref", "#/components/responses/409"), create.get("409"));
        assertFalse("a read does not conflict", ((Map<?, ?>) op("/open", "get").get("responses")).containsKey("409"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> paths() {
        return (Map<String, Map<String, Object>>) doc.get("paths");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> op(String path, String method) {
        return (Map<String, Object>) paths().get(path).get(method);
    }
}
