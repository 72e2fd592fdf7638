package org.branchdesk.platform.web.internal;

import java.io.IOException;
import java.util.UUID;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletErrorPage;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error page of the {@code /api} servlet context: an error that escapes the application
 * (an exception in a servlet filter or in CXF before our problem mapper, a {@code sendError})
 * is answered as a problem document too, not as Jetty's HTML page with a stack trace.
 * <p>
 * What Jetty refuses while parsing a request (a URI or headers too long, a {@code %00} or a
 * broken escape in the path) never reaches a servlet context; Jetty answers it itself.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=context.for" + BranchdeskApi.APPLICATION_NAME + ")")
@HttpWhiteboardServletName("branchdesk.error-page")
@HttpWhiteboardServletErrorPage(errorPage = { "4xx", "5xx" })
public final class ErrorPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPageServlet.class);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute("javax.servlet.error.status_code");
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Problem problem;
        if (status >= 500) {
            String incident = UUID.randomUUID().toString();
            // the container logged the exception with its stack trace just before
            LOG.error("Incident {}: {} {} failed before the application answered", incident, request.getMethod(),
                    request.getAttribute("javax.servlet.error.request_uri"));
            problem = Problem.of(status, "Internal error", "incident " + incident + " is in the server log");
        } else {
            String title = title(status);
            problem = Problem.of(status, title, title);
        }
        response.setStatus(status);
        ResponseHeadersFilter.HEADERS.forEach(response::setHeader);
        response.setContentType(BranchdeskApi.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        StrictJson.MAPPER.writeValue(response.getOutputStream(), problem);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            default -> "Error " + status;
        };
    }
}
