package org.branchdesk.platform.web.internal;

import java.io.IOException;

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
 * Answers a query string with a broken percent escape ({@code ?q=50%}, {@code ?q=%zz}) with a
 * 400 problem that names the parameter.
 * <p>
 * CXF decodes the query before any resource or JAX-RS filter sees the request, and throws an
 * {@code IllegalArgumentException} on such an escape, which the problem mapper can only take for
 * an internal error. Ranked before the retry filter: there is nothing to send again.
 */
@Component(service = Filter.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=context.for" + BranchdeskApi.APPLICATION_NAME + ")")
@HttpWhiteboardFilterPattern("/*")
@ServiceRanking(100)
public final class QueryStringFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        String query = ((HttpServletRequest) req).getQueryString();
        String broken = query == null ? null : brokenParameter(query);
        if (broken == null) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setStatus(400);
        response.setContentType(BranchdeskApi.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        JsonProvider.MAPPER.writeValue(response.getOutputStream(), new Problem("about:blank", "Invalid input", 400,
                "the query parameter '" + broken + "' has a '%' that is not followed by two hexadecimal digits "
                        + "(a literal % is written %25)", broken, null));
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
