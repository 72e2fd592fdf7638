package org.branchdesk.platform.web.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;

import org.junit.Test;

public class RetryRulesTest {

    private static NullPointerException atCxfDoor() {
        NullPointerException e = new NullPointerException("this.incomingObserver is null");
        e.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.apache.cxf.transport.http.AbstractHTTPDestination", "invoke", "AbstractHTTPDestination.java", 265) });
        return e;
    }

    @Test
    public void idempotentMethodsAreSentAgainAfterAnyFailure() {
        for (String method : new String[] { "GET", "HEAD", "OPTIONS", "PUT", "DELETE" }) {
            assertTrue(method, RetryRules.mayResendAfter(method, new IllegalStateException("inside CXF")));
        }
    }

    @Test
    public void aPostIsSentAgainOnlyIfItNeverReachedCxf() {
        assertFalse(RetryRules.mayResendAfter("POST", new IllegalStateException("inside CXF")));
        assertFalse(RetryRules.mayResendAfter("PATCH", new IOException("inside CXF")));
        assertTrue(RetryRules.mayResendAfter("POST", atCxfDoor()));
        assertTrue("wrapped", RetryRules.mayResendAfter("POST", new RuntimeException(new IOException(atCxfDoor()))));
    }

    @Test
    public void aNullPointerElsewhereIsNotTheDoor() {
        NullPointerException inside = new NullPointerException();
        inside.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.apache.cxf.transport.http.AbstractHTTPDestination", "setupMessage", "x.java", 1) });
        assertFalse(RetryRules.neverDispatched(inside));
        NullPointerException ours = new NullPointerException();
        ours.setStackTrace(new StackTraceElement[] { new StackTraceElement("org.branchdesk.x.Resource", "invoke", "x.java", 1) });
        assertFalse(RetryRules.neverDispatched(ours));
        assertFalse(RetryRules.neverDispatched(new NullPointerException() {
            @Override
            public synchronized Throwable fillInStackTrace() {
                return this; // no frames at all
            }
        }));
    }

    @Test
    public void onlyCxfsHtml404IsARebuildGap() {
        assertTrue(RetryRules.isRebuildGap(404, "text/html;charset=ISO-8859-1"));
        assertFalse("our own 404 is a problem", RetryRules.isRebuildGap(404, "application/problem+json"));
        assertFalse(RetryRules.isRebuildGap(404, null));
        assertFalse(RetryRules.isRebuildGap(200, "text/html"));
    }

    @Test
    public void onlyAMarked503IsARollback() {
        assertTrue(RetryRules.isRolledBack(503, true));
        assertFalse("a 503 without the mark", RetryRules.isRolledBack(503, false));
        assertFalse(RetryRules.isRolledBack(500, true));
    }
}
