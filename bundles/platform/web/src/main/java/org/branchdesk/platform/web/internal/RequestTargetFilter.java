package org.branchdesk.platform.web.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Answers a request whose path, query or {@code Content-Type} CXF cannot read with a problem
 * that says what to change: a path with a character a URL must escape ({@code "}, {@code [}, a
 * space; Jetty lets them through), or a query parameter with a broken percent escape
 * ({@code ?q=50%}), both 400; a charset Java does not know ({@code charset=bogus},
 * {@code charset=UTF-7}), or any charset but UTF-8 for JSON (which RFC 8259 requires), 415.
 * <p>
 * CXF reads all three before any resource or JAX-RS filter sees the request, and throws: for the
 * path and the charset outside the application (Jetty's HTML 500), for the query into the
 * problem mapper, which can only take it for an internal error. Ranked before the retry filter:
 * there is nothing to send again.
 */
@Component(service = Filter.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=context.for" + BranchdeskApi.APPLICATION_NAME + ")")
@HttpWhiteboardFilterPattern("/*")
@ServiceRanking(100)
public final class RequestTargetFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Problem problem = problem(request.getRequestURI(), request.getQueryString());
        if (problem == null) {
            problem = contentTypeProblem(request.getHeader("Content-Type"));
        }
        if (problem == null) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setStatus(problem.status());
        response.setContentType(BranchdeskApi.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        StrictJson.MAPPER.writeValue(response.getOutputStream(), problem);
    }

    /** What is wrong with the raw path and query (null: no query), or null if CXF can read both. */
    static Problem problem(String path, String query) {
        try {
            new URI(path); // what CXF does with the request's URL
        } catch (URISyntaxException e) {
            int at = Math.max(0, Math.min(e.getIndex(), path.length() - 1)); // a refused path is never empty
            char c = path.charAt(at);
            String escaped = c < 0x80 ? String.format("%%%02X", (int) c) : "its UTF-8 bytes, each as %XX";
            return invalid("path", "the path has '" + c + "' at position " + (at + 1) + ", which a URL must escape (as "
                    + escaped + ")");
        }
        String broken = query == null ? null : brokenParameter(query);
        return broken == null ? null : invalid(broken, "the query parameter '" + broken
                + "' has a '%' that is not followed by two hexadecimal digits (a literal % is written %25)");
    }

    /** What is wrong with the charset of a request's Content-Type, or null if it may be read. */
    static Problem contentTypeProblem(String contentType) {
        String charset = charset(contentType);
        if (charset == null) {
            return null;
        }
        boolean known;
        try {
            known = Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            known = false;
        }
        if (!known) {
            return unsupported("the charset '" + charset + "' is not supported; send UTF-8 (or leave the charset out)");
        }
        String type = contentType.substring(0, Math.max(0, contentType.indexOf(';'))).trim().toLowerCase(Locale.ROOT);
        boolean json = type.endsWith("/json") || type.endsWith("+json");
        Charset named = Charset.forName(charset);
        if (json && !named.equals(StandardCharsets.UTF_8) && !named.equals(StandardCharsets.US_ASCII)) {
            return unsupported("JSON is read as UTF-8 only, not as " + charset + "; send UTF-8 (or leave the charset out)");
        }
        return null;
    }

    /** The charset parameter of a media type, unquoted, or null if it has none. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
                String value = parameter.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.length() > 40 ? value.substring(0, 40) + "..." : value;
            }
        }
        return null;
    }

    private static Problem unsupported(String detail) {
        return new Problem("about:blank", "Unsupported Media Type", 415, detail, "Content-Type", null);
    }

    private static Problem invalid(String field, String detail) {
        return new Problem("about:blank", "Invalid input", 400, detail, field, null);
    }

    /** The raw name of the first parameter whose name or value has a broken escape, or null if none has. */
    static String brokenParameter(String query) {
        int start = 0;
        while (start <= query.length()) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            if (!wellEscaped(query, start, end)) {
                int equals = query.indexOf('=', start);
                return query.substring(start, equals < 0 || equals > end ? end : equals);
            }
            start = end + 1;
        }
        return null;
    }

    private static boolean wellEscaped(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '%' && (i + 2 >= to || !hex(s.charAt(i + 1)) || !hex(s.charAt(i + 2)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
