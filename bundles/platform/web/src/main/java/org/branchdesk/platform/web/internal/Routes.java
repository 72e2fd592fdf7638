package org.branchdesk.platform.web.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/**
 * The HTTP methods the application serves at a path, for {@code Allow}. CXF lists every method
 * of the resource class whatever the path ({@code DELETE} for {@code /api/staff}, which has
 * none); this reads the whiteboard's runtime description of each resource method instead, and
 * picks the best-matching path template as JAX-RS does (most literal characters, then most
 * template variables).
 */
final class Routes {

    private final List<Route> routes;

    private Routes(List<Route> routes) {
        this.routes = routes;
    }

    /** The routes of the Branchdesk application in the whiteboard's runtime description. */
    static Routes of(RuntimeDTO runtime) {
        List<ResourceMethodInfoDTO> methods = new ArrayList<>();
        if (runtime != null && runtime.applicationDTOs != null) {
            for (ApplicationDTO application : runtime.applicationDTOs) {
                if (BranchdeskApi.APPLICATION_NAME.equals(application.name)) {
                    add(methods, application.resourceMethods);
                    if (application.resourceDTOs != null) {
                        for (ResourceDTO resource : application.resourceDTOs) {
                            add(methods, resource.resourceMethods);
                        }
                    }
                }
            }
        }
        Map<String, Route> byTemplate = new LinkedHashMap<>();
        for (ResourceMethodInfoDTO method : methods) {
            if (method.method == null || method.path == null) {
                continue; // a sub-resource locator
            }
            Route route = Route.of(method.path);
            if (route != null) {
                byTemplate.computeIfAbsent(route.regex.pattern(), k -> route).methods.add(method.method);
            }
        }
        return new Routes(List.copyOf(byTemplate.values()));
    }

    static Routes of(Map<String, Collection<String>> templates) {
        List<Route> routes = new ArrayList<>();
        templates.forEach((template, methods) -> {
            Route route = Route.of(template);
            if (route != null) {
                route.methods.addAll(methods);
                routes.add(route);
            }
        });
        return new Routes(routes);
    }

    private static void add(List<ResourceMethodInfoDTO> to, ResourceMethodInfoDTO[] methods) {
        if (methods != null) {
            to.addAll(List.of(methods));
        }
    }

    /**
     * The methods allowed at a path relative to the application ({@code staff/me}), with
     * {@code HEAD} where there is {@code GET} and always {@code OPTIONS}; empty if no resource
     * serves the path.
     */
    Set<String> allowed(String path) {
        String normalized = normalize(path);
        Route best = null;
        for (Route route : routes) {
            if (route.regex.matcher(normalized).matches() && (best == null || route.beats(best))) {
                best = route;
            }
        }
        Set<String> allowed = new TreeSet<>();
        if (best != null) {
            allowed.addAll(best.methods);
            if (allowed.contains("GET")) {
                allowed.add("HEAD");
            }
            allowed.add("OPTIONS");
        }
        return allowed;
    }

    static String header(Set<String> methods) {
        return String.join(", ", methods);
    }

    private static String normalize(String path) {
        String p = path == null ? "" : path.replaceAll("/{2,}", "/");
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static final class Route {
        final Pattern regex;
        final int literals;
        final int variables;
        final Set<String> methods = new TreeSet<>();

        private Route(Pattern regex, int literals, int variables) {
            this.regex = regex;
            this.literals = literals;
            this.variables = variables;
        }

        boolean beats(Route other) {
            return literals != other.literals ? literals > other.literals : variables > other.variables;
        }

        /** A JAX-RS path template ({@code customers/{id}}, {@code {file: .+\.jar}}) as a regex. */
        static Route of(String template) {
            String t = normalize(template);
            StringBuilder regex = new StringBuilder();
            int literals = 0;
            int variables = 0;
            int i = 0;
            while (i < t.length()) {
                char c = t.charAt(i);
                if (c != '{') {
                    regex.append(Pattern.quote(String.valueOf(c)));
                    literals++;
                    i++;
                    continue;
                }
                int depth = 1;
                int end = i + 1;
                while (end < t.length() && depth > 0) {
                    depth += t.charAt(end) == '{' ? 1 : t.charAt(end) == '}' ? -1 : 0;
                    end++;
                }
                String variable = t.substring(i + 1, end - 1);
                int colon = variable.indexOf(':');
                regex.append('(').append(colon < 0 ? "[^/]+" : variable.substring(colon + 1).trim()).append(')');
                variables++;
                i = end;
            }
            try {
                return new Route(Pattern.compile(regex.toString()), literals, variables);
            } catch (PatternSyntaxException e) {
                return null;
            }
        }
    }
}
