package org.branchdesk.platform.web.internal;

import static org.branchdesk.platform.web.internal.QueryStringFilter.brokenParameter;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

public class QueryStringFilterTest {

    @Test
    public void wellFormedQueriesPass() {
        assertNull(brokenParameter(""));
        assertNull(brokenParameter("q=abc"));
        assertNull(brokenParameter("q=%E5%BC%A0%25&limit=5"));
        assertNull(brokenParameter("q=a+b&&flag"));
    }

    @Test
    public void theFirstParameterWithABrokenEscapeIsNamed() {
        assertEquals("q", brokenParameter("q=50%"));
        assertEquals("q", brokenParameter("q=%zz&limit=5"));
        assertEquals("limit", brokenParameter("q=ok&limit=5%2"));
        assertEquals("q%", brokenParameter("q%=1"));
        assertEquals("flag%", brokenParameter("a=1&flag%"));
        // an escape does not run on into the next parameter
        assertEquals("q", brokenParameter("q=%4&1=x"));
        // only ASCII hexadecimal digits make an escape
        assertEquals("q", brokenParameter("q=%\uFF11\uFF11"));
    }
}
