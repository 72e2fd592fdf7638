package org.branchdesk.platform.web.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * The headers every answer under {@code /api} carries, whoever writes it (a resource, the
 * problem mapper, a filter in front of the application): answers hold tokens and customer data,
 * so no cache may keep them and no browser may sniff, frame or render them.
 * <p>
 * A {@code Location} pointing into this server is sent path-absolute ({@code /api/staff/li}):
 * JAX-RS resolves a resource's relative location against the {@code Host} the client sent,
 * which would echo whatever host an attacker put there. Ranked first, so the headers are there
 * even on a refused request target; set again after a reset of the retry filter.
 */
@Component(service = Filter.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=context.for" + BranchdeskApi.APPLICATION_NAME + ")")
@HttpWhiteboardFilterPattern("/*")
@ServiceRanking(200)
public final class ResponseHeadersFilter implements Filter {

    /** Header and value, sent on every answer. */
    static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer");

    private static final String LOCATION = "Location";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Headers response = new Headers((HttpServletResponse) res, request);
        response.apply();
        chain.doFilter(req, response);
    }

    /**
     * The location as the client should see it: path-absolute if it points at the server the
     * request was sent to (by its Host header), as it is otherwise.
     */
    static String location(String location, String serverName, int serverPort) {
        try {
            URI uri = new URI(location);
            if (!uri.isAbsolute() || uri.getRawAuthority() == null || uri.getHost() == null
                    || !uri.getHost().equalsIgnoreCase(serverName) || port(uri) != serverPort) {
                return location;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (URISyntaxException e) {
            return location;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static final class Headers extends HttpServletResponseWrapper {
        private final HttpServletRequest request;

        Headers(HttpServletResponse response, HttpServletRequest request) {
            super(response);
            this.request = request;
        }

        void apply() {
            HEADERS.forEach(super::setHeader);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, rewrite(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, rewrite(name, value));
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(rewrite(LOCATION, location));
        }

        @Override
        public void reset() {
            super.reset();
            apply();
        }

        private String rewrite(String name, String value) {
            return value != null && LOCATION.equalsIgnoreCase(name)
                    ? location(value, request.getServerName(), request.getServerPort()) : value;
        }
    }
}
