package org.branchdesk.platform.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;

import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * Holds an answer back until {@link RebuildRetryFilter} knows it is not a sign of a rebuild, and
 * reads the problem mapper's {@link ProblemMapper#ROLLED_BACK} mark (never sent to the client).
 */
final class BufferedResponse extends HttpServletResponseWrapper {
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
        return RetryRules.isRolledBack(status, rolledBack);
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

    /** CXF's "no service was found" page of a rebuild, not an answer of ours. */
    boolean isRebuildGap() {
        return RetryRules.isRebuildGap(status, getContentType());
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
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charsets.of(getCharacterEncoding())));
        }
        return writer;
    }
}
