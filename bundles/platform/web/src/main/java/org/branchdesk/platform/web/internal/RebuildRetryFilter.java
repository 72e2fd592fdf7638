package org.branchdesk.platform.web.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code /api} answering while the JAX-RS whiteboard rebuilds it.
 * <p>
 * Aries rebuilds the whole application whenever a resource or extension joins or leaves it (a
 * module starting, an integrator's bundle dropped into {@code deploy/}). For the few hundred
 * milliseconds of a rebuild, CXF answers "404 No service was found" as an HTML page, or a
 * request dies inside CXF with an exception. Neither comes from our resources: those answer
 * JSON, and their exceptions are mapped to problem responses before they leave CXF.
 * <p>
 * This filter sits in front of the application's servlet, buffers each answer
 * ({@link BufferedResponse}, the body kept by {@link ReplayableRequest}), and when it sees one of
 * those two signs ({@link RetryRules}) it waits and sends the same request again, for at most
 * {@link #PATIENCE_MILLIS}. A request that never reached a resource (the 404, or CXF's
 * destination without its observer) is always safe to send again; one that died further inside
 * CXF is sent again only if its method is idempotent, so that a POST is never carried out twice.
 * A request whose transaction the database rolled back (a lock timeout or deadlock, answered
 * 503 by the problem mapper) is sent again too, whatever its method. A request body is kept for replay up to
 * {@link #REPLAY_LIMIT} bytes; larger bodies (big CSV imports) are not retried.
 * <p>
 * Answers are buffered in memory: resources of this application must not stream without end
 * or use asynchronous responses. Since every body under {@code /api} is read through this
 * filter, it also marks a body the connection could not deliver (a broken chunked encoding, a
 * client gone mid-body) as an {@link UnreadableBodyException}, which the problem mapper
 * answers with a 400 rather than an incident.
 */
@Component(service = Filter.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=context.for" + BranchdeskApi.APPLICATION_NAME + ")")
@HttpWhiteboardFilterPattern("/*")
public final class RebuildRetryFilter implements Filter {

    static final long PATIENCE_MILLIS = 10_000;
    static final int REPLAY_LIMIT = 1 << 20;
    private static final long PAUSE_MILLIS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(RebuildRetryFilter.class);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        ReplayableRequest replayable = new ReplayableRequest(request);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
        int attempt = 0;
        while (true) {
            attempt++;
            BufferedResponse buffered = new BufferedResponse(response);
            boolean last = System.nanoTime() > deadline || !replayable.canReplay();
            try {
                chain.doFilter(attempt == 1 ? replayable : replayable.replay(), buffered);
            } catch (IOException | ServletException | RuntimeException e) {
                if (last || !RetryRules.mayResendAfter(request.getMethod(), e)) {
                    throw e;
                }
                LOG.debug("{} {} failed while the application was rebuilt; sending it again", request.getMethod(),
                        request.getRequestURI(), e);
                response.reset();
                pause();
                continue;
            }
            if (!last && (buffered.isRebuildGap() || buffered.isRolledBack())) {
                response.reset();
                pause();
                continue;
            }
            if (attempt > 1) {
                LOG.debug("{} {} answered after {} attempts", request.getMethod(), request.getRequestURI(), attempt);
            }
            buffered.commit();
            return;
        }
    }

    private static void pause() throws ServletException {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while the application was rebuilt", e);
        }
    }
}
