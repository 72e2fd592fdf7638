package org.branchdesk.platform.web.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.apache.felix.http.jetty.ConnectorFactory;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.osgi.service.component.annotations.Component;

/**
 * Makes Jetty's own refusals problem+json too: a request Jetty cannot parse (a {@code %00} or a
 * broken escape in the path, a URI or headers over its limits) is answered by the server's
 * {@link ErrorHandler} before any servlet, filter or whiteboard runs, as a small HTML page. The
 * HTTP service offers no setting for that handler, but it hands its Jetty {@link Server} to every
 * {@link ConnectorFactory} service: this one sets the handler and adds a connector that listens
 * on nothing ({@link LocalConnector}), so the branch's ports stay exactly as configured.
 */
@Component(service = ConnectorFactory.class)
public final class ContainerErrors implements ConnectorFactory {

    @Override
    public Connector createConnector(Server server) {
        server.setErrorHandler(new ProblemErrorHandler());
        return new LocalConnector(server);
    }

    /** Jetty's refusals as RFC 9457 problems, in the project's words, without Jetty's reason text. */
    static final class ProblemErrorHandler extends ErrorHandler {

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
            if (HttpStatus.hasNoBody(status)) {
                return ByteBuffer.allocate(0);
            }
            fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
            fields.put("X-Content-Type-Options", "nosniff");
            fields.put(HttpHeader.CACHE_CONTROL, "no-store");
            return ByteBuffer.wrap(problem(status).getBytes(StandardCharsets.UTF_8));
        }

        static String problem(int status) {
            String title = switch (status) {
                case 414 -> "URI too long";
                case 431 -> "Request headers too large";
                case 400 -> "Bad request";
                default -> HttpStatus.getMessage(status);
            };
            String detail = switch (status) {
                case 414 -> "the request line is longer than the server accepts; send long values in a request body";
                case 431 -> "the request's headers are larger than the server accepts";
                case 400 -> "the server cannot read this request: the path may carry no %00, no broken percent escape and "
                        + "no character a URL must escape, and the request line and headers must be well formed";
                default -> "the server cannot read this request";
            };
            return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
        }
    }
}
