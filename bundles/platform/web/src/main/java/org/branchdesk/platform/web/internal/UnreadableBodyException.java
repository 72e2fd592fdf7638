package org.branchdesk.platform.web.internal;

import java.io.IOException;

/**
 * The request body could not be read from the connection: its chunked transfer encoding is
 * broken, or the client stopped sending before its end. The client's fault, answered 400 by the
 * problem mapper; the container's own exception (Jetty's) stays the cause, for the log.
 */
final class UnreadableBodyException extends IOException {
    private static final long serialVersionUID = 1L;

    UnreadableBodyException(IOException cause) {
        super("the request body could not be read: " + cause.getMessage(), cause);
    }
}
