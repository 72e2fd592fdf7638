package org.branchdesk.platform.admin.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.Public;
import org.branchdesk.platform.security.Role;

/**
 * How JAX-RS reads a resource method's annotations (its HTTP method, path, media types, entity
 * parameter, with JAX-RS annotation inheritance) and how the authentication filter reads
 * {@link Public} and {@link Allow}, for the {@link OpenApi} document: one reading of the
 * annotations, so the document says what the runtime and the door do.
 */
final class JaxrsAnnotations {

    private JaxrsAnnotations() {
    }

    /** Whether the parameter is the request entity: none of the annotations that make it something else. */
    static boolean isEntity(Parameter p) {
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
    static Optional<Method> annotated(Method method) {
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

    static boolean hasJaxrs(Method method) {
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
    static <A extends Annotation> A classAnnotation(Class<?> type, Class<A> kind) {
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

    static boolean isPublic(Method method, Class<?> type) {
        return method.isAnnotationPresent(Public.class) || type.isAnnotationPresent(Public.class);
    }

    /** The roles of {@code @Allow}, the method's before the class's, as the authentication filter reads them. */
    static Optional<Role[]> allowed(Method method, Class<?> type) {
        Allow allow = method.getAnnotation(Allow.class);
        if (allow == null) {
            allow = type.getAnnotation(Allow.class);
        }
        return Optional.ofNullable(allow).map(Allow::value);
    }

    static List<String> mediaTypes(Method method, Class<?> type, Class<? extends Annotation> kind) {
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
}
