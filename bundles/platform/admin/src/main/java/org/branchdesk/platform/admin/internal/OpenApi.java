package org.branchdesk.platform.admin.internal;

import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
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

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
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

    private final Map<String, Object> schemas = new TreeMap<>();
    private final Set<String> operationIds = new HashSet<>();
    private final Map<String, Class<?>> schemaTypes = new TreeMap<>();

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
        schemas.put("Problem", problemSchema());
        doc.put("components", map("securitySchemes", map(BEARER, map("type", "http", "scheme", "bearer", "description",
                "the token of POST /api/auth/login, as 'Authorization: Bearer <token>'")), "responses", responses, "schemas",
                schemas));
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
            Map<String, Object> schema = schema(body.getParameterizedType());
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
            Map<String, Object> schema = returned == Response.class ? Map.of() : schema(method.getGenericReturnType());
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
        Map<String, Object> schema = new LinkedHashMap<>(schema(p.getParameterizedType()));
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

    private static boolean isEntity(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            Class<? extends Annotation> t = a.annotationType();
            if (t == Context.class || t == FormParam.class || t == MatrixParam.class || t == BeanParam.class
                    || t == PathParam.class || t == QueryParam.class || t == HeaderParam.class || t == CookieParam.class) {
                return false;
            }
        }
        return true;
    }

    /** GET, POST... of the method's {@code @HttpMethod}-annotated annotation, looked up as JAX-RS inherits it. */
    static Optional<String> httpMethod(Method method) {
        return annotated(method).flatMap(m -> Arrays.stream(m.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(h -> h != null).map(HttpMethod::value)
                .findFirst());
    }

    /**
     * The method that carries the JAX-RS annotations: the method itself, or (JAX-RS annotation
     * inheritance) the same method of a superclass or interface when it has none of its own.
     */
    private static Optional<Method> annotated(Method method) {
        if (hasJaxrs(method)) {
            return Optional.of(method);
        }
        List<Class<?>> candidates = new ArrayList<>();
        for (Class<?> c = method.getDeclaringClass(); c != null; c = c.getSuperclass()) {
            if (c != method.getDeclaringClass()) {
                candidates.add(c);
            }
            candidates.addAll(Arrays.asList(c.getInterfaces()));
        }
        for (Class<?> c : candidates) {
            try {
                Method inherited = c.getMethod(method.getName(), method.getParameterTypes());
                if (hasJaxrs(inherited)) {
                    return Optional.of(inherited);
                }
            } catch (NoSuchMethodException e) {
                // not declared there
            }
        }
        return Optional.empty();
    }

    private static boolean hasJaxrs(Method method) {
        return Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)
                || a.annotationType() == Path.class);
    }

    /** {@code /class-path/method-path}, templates without their regular expressions ({@code {id: \d+}} is {@code {id}}). */
    static String path(Class<?> type, Method method) {
        StringBuilder path = new StringBuilder();
        Path classPath = classAnnotation(type, Path.class);
        Path methodPath = annotated(method).map(m -> m.getAnnotation(Path.class)).orElse(null);
        for (Path p : new Path[] { classPath, methodPath }) {
            if (p == null) {
                continue;
            }
            for (String segment : p.value().split("/")) {
                if (!segment.isBlank()) {
                    path.append('/').append(segment.trim());
                }
            }
        }
        String joined = path.length() == 0 ? "/" : path.toString();
        return joined.replaceAll("\\{\\s*([\\w.-]+)\\s*:[^}]*}", "{$1}");
    }

    /** A JAX-RS annotation of the class, or as the runtime finds it, of a superclass or an interface. */
    private static <A extends Annotation> A classAnnotation(Class<?> type, Class<A> kind) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(kind)) {
                return c.getAnnotation(kind);
            }
            for (Class<?> i : c.getInterfaces()) {
                if (i.isAnnotationPresent(kind)) {
                    return i.getAnnotation(kind);
                }
            }
        }
        return null;
    }

    private static boolean isPublic(Method method, Class<?> type) {
        return method.isAnnotationPresent(Public.class) || type.isAnnotationPresent(Public.class);
    }

    /** The roles of {@code @Allow}, the method's before the class's, as the authentication filter reads them. */
    private static Optional<Role[]> allowed(Method method, Class<?> type) {
        Allow allow = method.getAnnotation(Allow.class);
        if (allow == null) {
            allow = type.getAnnotation(Allow.class);
        }
        return Optional.ofNullable(allow).map(Allow::value);
    }

    private static List<String> mediaTypes(Method method, Class<?> type, Class<? extends Annotation> kind) {
        Method annotated = annotated(method).orElse(method);
        Annotation a = annotated.getAnnotation(kind);
        if (a == null) {
            a = classAnnotation(type, kind);
        }
        String[] values = a == null ? new String[] { "*/*" }
                : a instanceof Consumes c ? c.value() : ((Produces) a).value();
        List<String> types = new ArrayList<>();
        for (String value : values) {
            for (String t : value.split(",")) {
                if (!t.isBlank()) {
                    types.add(t.trim());
                }
            }
        }
        return types;
    }

    // --- schemas ---

    private Map<String, Object> schema(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] args = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return map("type", "array", "items", schema(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map("type", "object", "additionalProperties", schema(args[1]));
            }
            if (raw == Optional.class) {
                return schema(args[0]);
            }
            return schema(raw);
        }
        if (!(type instanceof Class<?> c)) {
            return Map.of();
        }
        if (c == String.class || c == char.class || c == Character.class) {
            return map("type", "string");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class || c == Byte.class) {
            return map("type", "integer", "format", "int32");
        }
        if (c == long.class || c == Long.class || c == BigInteger.class) {
            return map("type", "integer", "format", "int64");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class) {
            return map("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return map("type", "boolean");
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == LocalDateTime.class) {
            return map("type", "string", "format", "date-time");
        }
        if (c == LocalDate.class) {
            return map("type", "string", "format", "date");
        }
        if (c == LocalTime.class || c == Duration.class) {
            return map("type", "string");
        }
        if (c.isEnum()) {
            return map("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(String::valueOf).toList());
        }
        if (c == byte[].class || InputStream.class.isAssignableFrom(c) || Reader.class.isAssignableFrom(c)) {
            return map("type", "string", "format", "binary");
        }
        if (c.isArray()) {
            return map("type", "array", "items", schema(c.getComponentType()));
        }
        if (Collection.class.isAssignableFrom(c)) {
            return map("type", "array", "items", Map.of());
        }
        if (Map.class.isAssignableFrom(c)) {
            return map("type", "object");
        }
        if (c.isRecord()) {
            return ref("schemas", recordSchema(c));
        }
        return c == Object.class || c == Response.class ? Map.of() : map("type", "object");
    }

    /** Names the record under components/schemas (its simple name, qualified if two records share it) and describes it once. */
    private String recordSchema(Class<?> c) {
        String name = c.getSimpleName();
        if (schemaTypes.containsKey(name) && schemaTypes.get(name) != c) {
            name = c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
        }
        if (schemaTypes.putIfAbsent(name, c) == null) {
            schemas.put(name, Map.of()); // placed first: a record that refers to itself ends here
            Map<String, Object> properties = new LinkedHashMap<>();
            for (RecordComponent component : c.getRecordComponents()) {
                properties.put(component.getName(), schema(component.getGenericType()));
            }
            schemas.put(name, map("type", "object", "properties", properties));
        }
        return name;
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", map("type", "string"));
        properties.put("title", map("type", "string"));
        properties.put("status", map("type", "integer", "format", "int32"));
        properties.put("detail", map("type", "string"));
        properties.put("field", map("type", "string", "description", "the offending parameter or body field"));
        properties.put("errors", map("type", "array", "description", "every offending field, with its line for file imports",
                "items", map("type", "object", "properties", map("field", map("type", "string"), "message",
                        map("type", "string"), "line", map("type", "integer", "format", "int32")))));
        return map("type", "object", "description", "RFC 9457 problem details", "required", List.of("title", "status"),
                "properties", properties);
    }

    private static Map<String, Object> ref(String section, String name) {
        return map("$ref", "#/components/" + section + "/" + name);
    }

    /** An ordered map of alternating keys and values. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
