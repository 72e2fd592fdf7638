package org.branchdesk.platform.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.Test;

public class RebuildRetryFilterTest {

    /** What the client finally receives. */
    private final Map<String, Object> sent = new HashMap<>();
    private final ByteArrayOutputStream sentBody = new ByteArrayOutputStream();
    private final List<String> bodiesSeen = new ArrayList<>();

    @Test
    public void cxfsNoServicePageIsRetriedUntilTheApplicationIsBack() throws Exception {
        int[] calls = { 0 };
        FilterChain chain = (req, res) -> {
            HttpServletResponse r = (HttpServletResponse) res;
            if (++calls[0] < 3) {
                r.setStatus(404);
                r.setContentType("text/html");
                r.getWriter().write("<html><body>No service was found.</body></html>");
            } else {
                r.setStatus(200);
                r.setContentType("application/json");
                r.getWriter().write("{\"ok\":true}");
            }
        };
        new RebuildRetryFilter().doFilter(request("GET", ""), response(), chain);
        assertEquals(3, calls[0]);
        assertEquals(200, sent.get("status"));
        assertEquals("{\"ok\":true}", sentBody.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void aPostWhoseTransactionTheDatabaseRolledBackIsSentAgainWithoutTheMarker() throws Exception {
        int[] calls = { 0 };
        FilterChain chain = (req, res) -> {
            bodiesSeen.add(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            HttpServletResponse r = (HttpServletResponse) res;
            if (++calls[0] == 1) {
                r.setStatus(503); // as ProblemMapper answers a lock timeout
                r.setHeader(ProblemMapper.ROLLED_BACK, "true");
                r.setHeader("Retry-After", "1");
            } else {
                r.setStatus(201);
            }
        };
        new RebuildRetryFilter().doFilter(request("POST", "{\"purpose\":\"CASH\"}"), response(), chain);
        assertEquals(List.of("{\"purpose\":\"CASH\"}", "{\"purpose\":\"CASH\"}"), bodiesSeen);
        assertEquals(201, sent.get("status"));
        assertEquals(null, sent.get("header " + ProblemMapper.ROLLED_BACK));
    }

    @Test
    public void aPlain503IsAnsweredAtOnce() throws Exception {
        int[] calls = { 0 };
        FilterChain chain = (req, res) -> {
            calls[0]++;
            ((HttpServletResponse) res).setStatus(503); // health: a module is missing
        };
        new RebuildRetryFilter().doFilter(request("GET", ""), response(), chain);
        assertEquals(1, calls[0]);
        assertEquals(503, sent.get("status"));
    }

    @Test
    public void ourOwn404IsAnsweredAtOnce() throws Exception {
        int[] calls = { 0 };
        FilterChain chain = (req, res) -> {
            calls[0]++;
            ((HttpServletResponse) res).setStatus(404);
            res.setContentType("application/problem+json");
        };
        new RebuildRetryFilter().doFilter(request("GET", ""), response(), chain);
        assertEquals(1, calls[0]);
        assertEquals(404, sent.get("status"));
    }

    @Test
    public void aPostThatNeverEnteredCxfIsSentAgainWithItsBody() throws Exception {
        int[] calls = { 0 };
        FilterChain chain = (req, res) -> {
            bodiesSeen.add(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            if (++calls[0] == 1) {
                throw cxfWithoutObserver();
            }
            ((HttpServletResponse) res).setStatus(201);
        };
        new RebuildRetryFilter().doFilter(request("POST", "{\"purpose\":\"CASH\"}"), response(), chain);
        assertEquals(List.of("{\"purpose\":\"CASH\"}", "{\"purpose\":\"CASH\"}"), bodiesSeen);
        assertEquals(201, sent.get("status"));
    }

    @Test
    public void aPostThatFailedFurtherInIsNeverSentTwice() {
        int[] calls = { 0 };
        FilterChain chain = (req, res) -> {
            calls[0]++;
            throw new IllegalStateException("inside CXF");
        };
        assertThrows(IllegalStateException.class, () -> new RebuildRetryFilter().doFilter(request("POST", "x"), response(), chain));
        assertEquals(1, calls[0]);
    }

    private static NullPointerException cxfWithoutObserver() {
        NullPointerException e = new NullPointerException("this.incomingObserver is null");
        e.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.apache.cxf.transport.http.AbstractHTTPDestination", "invoke", "AbstractHTTPDestination.java", 265) });
        return e;
    }

    private static HttpServletRequest request(String method, String body) {
        ByteArrayInputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        ServletInputStream stream = new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(RebuildRetryFilterTest.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> "/api/test";
                    case "getInputStream" -> stream;
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                sentBody.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(RebuildRetryFilterTest.class.getClassLoader(),
                new Class<?>[] { HttpServletResponse.class }, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "setStatus" -> sent.put("status", args[0]);
                        case "setContentType" -> sent.put("type", args[0]);
                        case "setHeader", "addHeader" -> sent.put("header " + args[0], args[1]);
                        case "getContentType" -> {
                            return sent.get("type");
                        }
                        case "reset" -> sent.clear();
                        case "getOutputStream" -> {
                            return out;
                        }
                        case "isCommitted" -> {
                            return false;
                        }
                        default -> {
                        }
                    }
                    return null;
                });
    }
}
