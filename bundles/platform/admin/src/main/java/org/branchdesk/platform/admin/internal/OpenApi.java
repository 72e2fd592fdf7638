package org.branchdesk.platform.admin.internal;

import static org.branchdesk.platform.admin.internal.JaxrsAnnotations.allowed;
import static org.branchdesk.platform.admin.internal.JaxrsAnnotations.httpMethod;
import static org.branchdesk.platform.admin.internal.JaxrsAnnotations.isEntity;
import static org.branchdesk.platform.admin.internal.JaxrsAnnotations.isPublic;
import static org.branchdesk.platform.admin.internal.JaxrsAnnotations.mediaTypes;
import static org.branchdesk.platform.admin.internal.JaxrsAnnotations.path;
import static org.branchdesk.platform.admin.internal.OpenApiSchemas.map;
import static org.branchdesk.platform.admin.internal.OpenApiSchemas.ref;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Public;
import org.branchdesk.platform.security.Role;

/**
 * The OpenAPI 3.0.3 description of {@code /api}, read from the JAX-RS annotations of the resource
 * classes the application serves, as plain maps and lists (written as JSON by the application's
 * JSON provider). The same annotations drive the authentication filter, so what the document says
 * about {@code security} and {@code x-roles} is what the door does:
 * <ul>
 * <li>an operation marked {@link Public} (method or class) has {@code "security": []};</li>
 * <li>every other one needs the bearer token, and {@code x-roles} lists the roles of its
 * {@link Allow} (method first, then class); without it any authenticated caller may call.</li>
 * </ul>
 * Every answer that is not a success is an RFC 9457 problem ({@code application/problem+json}).
 */
final class OpenApi {

    static final String VERSION = "3.0.3";
    static final String ROLES = "x-roles";
    static final String BEARER = "bearer";

    /** Keys of the problem responses under components/responses. */
    private static final Map<String, String> PROBLEMS = new LinkedHashMap<>();
    static {
        PROBLEMS.put("400", "Invalid input: the problem's field names the offending parameter or body field; nothing was written");
        PROBLEMS.put("401", "No valid bearer token (missing, expired or logged out): log in with POST /api/auth/login");
        PROBLEMS.put("403", "The caller holds none of the roles of x-roles, or the service refuses this caller");
        PROBLEMS.put("404", "Not found: an unknown id, or a path that is not served");
        PROBLEMS.put("409", "Conflict with the current state, or with a change written at the same time");
        PROBLEMS.put("429", "Too many requests: send again after the seconds of the Retry-After header");
    }

    /** A resource class served by the application, and the module (or bundle) it comes from. */
    record Served(Class<?> type, String module) {
    }

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

    private final OpenApiSchemas schemas = new OpenApiSchemas();
    private final Set<String> operationIds = new HashSet<>();

    private OpenApi() {
    }

    /** The document for these resource classes; {@code version} is the API's version. */
    static Map<String, Object> document(String version, Collection<Served> resources) {
        return new OpenApi().build(version, resources);
    }

    private Map<String, Object> build(String version, Collection<Served> resources) {
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        for (Served served : resources) {
            for (Method method : served.type().getMethods()) {
                Optional<String> http = httpMethod(method);
                if (http.isEmpty() || Modifier.isStatic(method.getModifiers()) || method.isBridge() || method.isSynthetic()) {
                    continue; // not a resource method (sub-resource locators are not used in /api)
                }
                String path = path(served.type(), method);
                paths.computeIfAbsent(path, p -> new TreeMap<>()).put(http.get().toLowerCase(Locale.ROOT),
                        operation(served, method, http.get(), path));
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", VERSION);
        doc.put("info", map("title", "Branchdesk API", "version", version, "description",
                "Generated at run time from the JAX-RS resources the Branchdesk application serves. Errors are RFC 9457 problems "
                        + "(" + BranchdeskApi.PROBLEM_JSON + "); x-roles lists the roles allowed to call an operation "
                        + "(absent: any authenticated caller)."));
        doc.put("servers", List.of(map("url", "/" + BranchdeskApi.BASE)));
        doc.put("paths", paths);
        Map<String, Object> responses = new LinkedHashMap<>();
        PROBLEMS.forEach((status, text) -> responses.put(status, map("description", text, "content",
                map(BranchdeskApi.PROBLEM_JSON, map("schema", ref("schemas", "Problem"))))));
        doc.put("components", map("securitySchemes", map(BEARER, map("type", "http", "scheme", "bearer", "description",
                "the token of POST /api/auth/login, as 'Authorization: Bearer <token>'")), "responses", responses, "schemas",
                schemas.schemas()));
        return doc;
    }

    private Map<String, Object> operation(Served served, Method method, String http, String path) {
        Class<?> type = served.type();
        Map<String, Object> op = new LinkedHashMap<>();
        String id = type.getSimpleName() + "." + method.getName();
        for (int n = 2; !operationIds.add(id); n++) {
            id = type.getSimpleName() + "." + method.getName() + n; // an overloaded method name
        }
        op.put("operationId", id);
        op.put("tags", List.of(served.module()));
        List<Object> parameters = new ArrayList<>();
        Parameter body = null;
        for (Parameter p : method.getParameters()) {
            Map<String, Object> parameter = parameter(p);
            if (parameter != null) {
                parameters.add(parameter);
            } else if (isEntity(p)) {
                body = p;
            }
        }
        // a template the method reads otherwise (UriInfo) is still a parameter of the path
        Matcher template = TEMPLATE.matcher(path);
        while (template.find()) {
            String name = template.group(1);
            if (parameters.stream().noneMatch(p -> name.equals(((Map<?, ?>) p).get("name")) && "path".equals(((Map<?, ?>) p).get("in")))) {
                parameters.add(map("name", name, "in", "path", "required", true, "schema", map("type", "string")));
            }
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        if (body != null) {
            Map<String, Object> content = new LinkedHashMap<>();
            Map<String, Object> schema = schemas.schema(body.getParameterizedType());
            for (String mediaType : mediaTypes(method, type, Consumes.class)) {
                content.put(mediaType, map("schema", schema));
            }
            op.put("requestBody", map("required", true, "content", content));
        }
        op.put("responses", responses(method, type, http, !parameters.isEmpty() || body != null));
        if (isPublic(method, type)) {
            op.put("security", List.of());
        } else {
            op.put("security", List.of(map(BEARER, List.of())));
            allowed(method, type).ifPresent(roles -> op.put(ROLES, Arrays.stream(roles).map(Role::name).toList()));
        }
        return op;
    }

    private Map<String, Object> responses(Method method, Class<?> type, String http, boolean hasInput) {
        Map<String, Object> responses = new LinkedHashMap<>();
        Class<?> returned = method.getReturnType();
        if (returned == void.class) {
            responses.put("204", map("description", "done"));
        } else {
            Map<String, Object> content = new LinkedHashMap<>();
            // a Response may carry anything; its status is the method's to choose (200, 201, 204...)
            Map<String, Object> schema = returned == Response.class ? Map.of() : schemas.schema(method.getGenericReturnType());
            for (String mediaType : mediaTypes(method, type, Produces.class)) {
                content.put(mediaType, map("schema", schema));
            }
            responses.put(returned == Response.class ? "2XX" : "200", map("description", "success", "content", content));
        }
        boolean open = isPublic(method, type);
        for (String status : PROBLEMS.keySet()) {
            boolean applies = switch (status) {
                case "400" -> hasInput;
                case "401", "403" -> !open;
                case "409" -> !HttpMethod.GET.equals(http) && !HttpMethod.HEAD.equals(http);
                default -> true;
            };
            if (applies) {
                responses.put(status, ref("responses", status));
            }
        }
        return responses;
    }

    /** A path, query, header, cookie or matrix parameter; null for the entity and for injected context. */
    private Map<String, Object> parameter(Parameter p) {
        String in;
        String name;
        if (p.isAnnotationPresent(PathParam.class)) {
            in = "path";
            name = p.getAnnotation(PathParam.class).value();
        } else if (p.isAnnotationPresent(QueryParam.class)) {
            in = "query";
            name = p.getAnnotation(QueryParam.class).value();
        } else if (p.isAnnotationPresent(HeaderParam.class)) {
            name = p.getAnnotation(HeaderParam.class).value();
            if (name.equalsIgnoreCase(HttpHeaders.AUTHORIZATION) || name.equalsIgnoreCase(HttpHeaders.ACCEPT)
                    || name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                return null; // OpenAPI 3.0.3 ignores these as parameters: security and content say them
            }
            in = "header";
        } else if (p.isAnnotationPresent(CookieParam.class)) {
            in = "cookie";
            name = p.getAnnotation(CookieParam.class).value();
        } else {
            return null;
        }
        Map<String, Object> schema = new LinkedHashMap<>(schemas.schema(p.getParameterizedType()));
        DefaultValue fallback = p.getAnnotation(DefaultValue.class);
        if (fallback != null) {
            schema.put("default", fallback.value());
        }
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", name);
        parameter.put("in", in);
        parameter.put("required", "path".equals(in));
        parameter.put("schema", schema);
        return parameter;
    }
}
