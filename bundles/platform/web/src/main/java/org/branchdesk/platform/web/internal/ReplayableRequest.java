package org.branchdesk.platform.web.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;

import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

/**
 * Records what the application reads of the body, so that {@link RebuildRetryFilter} can send the
 * same request again; a body over {@link RebuildRetryFilter#REPLAY_LIMIT} bytes is not kept, and
 * the request cannot be replayed.
 */
final class ReplayableRequest extends HttpServletRequestWrapper {

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
            public BufferedReader getReader() throws IOException {
                return new BufferedReader(new InputStreamReader(getInputStream(), Charsets.of(getCharacterEncoding())));
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
    public BufferedReader getReader() throws IOException {
        return new BufferedReader(new InputStreamReader(getInputStream(), Charsets.of(getCharacterEncoding())));
    }

    void record(byte[] b, int off, int len) {
        if (overflow) {
            return;
        }
        if (seen.size() + len > RebuildRetryFilter.REPLAY_LIMIT) {
            overflow = true;
            seen.reset();
            return;
        }
        seen.write(b, off, len);
    }

    /** The body as the application reads it: recorded for a replay, a broken connection made an {@link UnreadableBodyException}. */
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
}
