package org.branchdesk.platform.web.internal;

import java.util.Set;

import javax.servlet.http.HttpServletResponse;

/**
 * What {@link RebuildRetryFilter} may send again, as pure rules: which answers are signs of a
 * rebuild or a rollback rather than answers of ours, and which failures leave a request safe to
 * replay (an idempotent method, or one that never reached CXF's processing).
 */
final class RetryRules {

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");
    private static final String DESTINATION = "org.apache.cxf.transport.http.AbstractHTTPDestination";

    private RetryRules() {
    }

    /** Whether a request of this method that failed with {@code e} may be sent again: a POST only if it never ran. */
    static boolean mayResendAfter(String method, Throwable e) {
        return IDEMPOTENT.contains(method) || neverDispatched(e);
    }

    /**
     * The request died at CXF's door: the destination was found but its observer, the entry to
     * CXF's processing, was already taken away by the rebuild. Nothing of the request ran, so
     * even a POST may be sent again.
     */
    static boolean neverDispatched(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NullPointerException && t.getStackTrace().length > 0) {
                StackTraceElement top = t.getStackTrace()[0];
                return top.getClassName().equals(DESTINATION) && top.getMethodName().equals("invoke");
            }
        }
        return false;
    }

    /** CXF's HTML "404 No service was found" of a rebuild: our resources answer JSON, problems included. */
    static boolean isRebuildGap(int status, String contentType) {
        return status == HttpServletResponse.SC_NOT_FOUND && contentType != null && contentType.startsWith("text/html");
    }

    /**
     * The database rolled the request's transaction back (a lock timeout, a deadlock, answered 503
     * with the problem mapper's mark): what it wrote is gone, so it may be sent again whatever its
     * method.
     */
    static boolean isRolledBack(int status, boolean markedRolledBack) {
        return status == HttpServletResponse.SC_SERVICE_UNAVAILABLE && markedRolledBack;
    }
}
