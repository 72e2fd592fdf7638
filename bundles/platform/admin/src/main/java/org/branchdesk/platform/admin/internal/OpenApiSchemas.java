package org.branchdesk.platform.admin.internal;

import java.io.InputStream;
import java.io.Reader;
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
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.ws.rs.core.Response;

/**
 * The JSON schemas of one {@link OpenApi} document: a Java type as OpenAPI 3.0.3 describes it,
 * each record named once under components/schemas ({@link #schemas()}).
 */
final class OpenApiSchemas {

    private final Map<String, Object> schemas = new TreeMap<>();
    private final Map<String, Class<?>> schemaTypes = new TreeMap<>();

    /** components/schemas so far: every record met, and the problem schema. */
    Map<String, Object> schemas() {
        schemas.put("Problem", problemSchema());
        return schemas;
    }

    /** The schema of a Java type; records are described once under components/schemas and referred to. */
    Map<String, Object> schema(Type type) {
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

    static Map<String, Object> problemSchema() {
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

    static Map<String, Object> ref(String section, String name) {
        return map("$ref", "#/components/" + section + "/" + name);
    }

    /** An ordered map of alternating keys and values. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
