package org.branchdesk.platform.web.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

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
 * This filter sits in front of the application's servlet, buffers each answer, and when it
 * sees one of those two signs it waits and sends the same request again, for at most
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
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");
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
                if (last || !(IDEMPOTENT.contains(request.getMethod()) || neverDispatched(e))) {
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

    /**
     * The request died at CXF's door: the destination was found but its observer, the entry to
     * CXF's processing, was already taken away by the rebuild. Nothing of the request ran, so
     * even a POST may be sent again.
     */
    static boolean neverDispatched(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NullPointerException && t.getStackTrace().length > 0) {
                StackTraceElement top = t.getStackTrace()[0];
                return top.getClassName().equals("org.apache.cxf.transport.http.AbstractHTTPDestination")
                        && top.getMethodName().equals("invoke");
            }
        }
        return false;
    }

    private static void pause() throws ServletException {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while the application was rebuilt", e);
        }
    }

    /** Records what the application reads of the body, so the same request can be sent again. */
    private static final class ReplayableRequest extends HttpServletRequestWrapper {

        private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
        private boolean overflow;
        private ServletInputStream stream;

        ReplayableRequest(HttpServletRequest request) {
            super(request);
        }

        boolean canReplay() {
            return !overflow;
        }

        /** The same request, its body being what was read so far followed by the rest. */
        HttpServletRequest replay() throws IOException {
            HttpServletRequest original = (HttpServletRequest) getRequest();
            byte[] head = seen.toByteArray();
            return new HttpServletRequestWrapper(original) {
                private ServletInputStream replayed;

                @Override
                public ServletInputStream getInputStream() throws IOException {
                    if (replayed == null) {
                        replayed = new Input(new SequenceInputStream(new ByteArrayInputStream(head), original.getInputStream()), null);
                    }
                    return replayed;
                }

                @Override
                public java.io.BufferedReader getReader() throws IOException {
                    return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), charset(getCharacterEncoding())));
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Input(getRequest().getInputStream(), this);
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), charset(getCharacterEncoding())));
        }

        void record(byte[] b, int off, int len) {
            if (overflow) {
                return;
            }
            if (seen.size() + len > REPLAY_LIMIT) {
                overflow = true;
                seen.reset();
                return;
            }
            seen.write(b, off, len);
        }
    }

    private static final class Input extends ServletInputStream {
        private final InputStream in;
        private final ReplayableRequest recorder;
        private boolean finished;

        Input(InputStream in, ReplayableRequest recorder) {
            this.in = in;
            this.recorder = recorder;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = in.read(b, off, len);
            } catch (UnreadableBodyException e) {
                throw e;
            } catch (IOException e) {
                // the connection's fault, not the application's: a 400 for the problem mapper
                throw new UnreadableBodyException(e);
            }
            if (n < 0) {
                finished = true;
            } else if (recorder != null) {
                recorder.record(b, off, n);
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("asynchronous reads are not supported under /api");
        }
    }

    /** Holds an answer back until it is known not to be a sign of a rebuild. */
    private static final class BufferedResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;
        private int status = SC_OK;
        private boolean rolledBack;

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        /**
         * The database rolled the request's transaction back (a lock timeout, a deadlock): what
         * it wrote is gone, so it may be sent again whatever its method. Work an earlier
         * transaction of the same request committed stays (at most a read audited twice).
         */
        boolean isRolledBack() {
            return status == SC_SERVICE_UNAVAILABLE && rolledBack;
        }

        @Override
        public void setHeader(String name, String value) {
            if (ProblemMapper.ROLLED_BACK.equalsIgnoreCase(name)) {
                rolledBack = true; // for this filter only; never sent to the client
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (ProblemMapper.ROLLED_BACK.equalsIgnoreCase(name)) {
                rolledBack = true;
            } else {
                super.addHeader(name, value);
            }
        }

        boolean isRebuildGap() {
            String type = getContentType();
            return status == SC_NOT_FOUND && type != null && type.startsWith("text/html");
        }

        void commit() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setStatus(status);
            if (body.size() > 0) {
                response.setContentLength(body.size());
                body.writeTo(response.getOutputStream());
            }
            response.flushBuffer();
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        @SuppressWarnings("deprecation")
        public void setStatus(int sc, String message) {
            setStatus(sc);
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void sendError(int sc) {
            setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) {
            setStatus(sc);
        }

        @Override
        public void sendRedirect(String location) {
            setStatus(SC_FOUND);
            setHeader("Location", location);
        }

        @Override
        public void setContentLength(int len) {
            // the length is set from the buffer on commit
        }

        @Override
        public void setContentLengthLong(long len) {
            // the length is set from the buffer on commit
        }

        @Override
        public void flushBuffer() {
            // nothing leaves before commit
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public void reset() {
            super.reset();
            body.reset();
            status = SC_OK;
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("asynchronous writes are not supported under /api");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset(getCharacterEncoding())));
            }
            return writer;
        }
    }

    private static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
