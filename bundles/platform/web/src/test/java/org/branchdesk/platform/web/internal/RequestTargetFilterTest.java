package org.branchdesk.platform.web.internal;

import static org.branchdesk.platform.web.internal.RequestTargetFilter.brokenParameter;
import static org.branchdesk.platform.web.internal.RequestTargetFilter.problem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class RequestTargetFilterTest {

    @Test
    public void wellFormedTargetsPass() {
        assertNull(problem("/api/customers/D00001/view", null));
        assertNull(problem("/api/customers", "q=%E5%BC%A0%25&limit=5"));
        assertNull(problem("/api/customers/%E5%BC%A0", "q=a+b&&flag"));
        assertNull(brokenParameter(""));
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

        Problem problem = problem("/api/customers", "q=50%");
        assertEquals(400, problem.status());
        assertEquals("q", problem.field());
    }

    @Test
    public void aPathWithACharacterAUrlMustEscapeIsNamedWithItsEscape() {
        Problem quote = problem("/api/\"purpose\"", null);
        assertEquals(400, quote.status());
        assertEquals("path", quote.field());
        assertTrue(quote.detail(), quote.detail().contains("'\"' at position 6") && quote.detail().contains("%22"));
        assertEquals("path", problem("/api/customers/[1]", null).field());
        assertEquals("path", problem("/api/a b", "q=%zz").field()); // the path is named first
    }

    @Test
    public void aCharsetThatCannotBeReadIs415NamingTheHeader() {
        for (String type : new String[] { "application/json; charset=bogus", "application/json;charset=UTF-7",
                "text/csv; charset=\"no-such\"", "application/json; charset=", "application/json; charset=ISO-8859-1",
                "application/problem+json; charset=UTF-16" }) {
            Problem problem = RequestTargetFilter.contentTypeProblem(type);
            assertEquals(type, 415, problem.status());
            assertEquals("Content-Type", problem.field());
        }
    }

    @Test
    public void utf8OrNoCharsetIsRead() {
        assertNull(RequestTargetFilter.contentTypeProblem(null));
        assertNull(RequestTargetFilter.contentTypeProblem("application/json"));
        assertNull(RequestTargetFilter.contentTypeProblem("application/json; charset=utf-8"));
        assertNull(RequestTargetFilter.contentTypeProblem("application/json;charset=\"UTF-8\""));
        assertNull(RequestTargetFilter.contentTypeProblem("text/csv; charset=GBK"));
        assertEquals("UTF-7", RequestTargetFilter.charset("application/json; q=1; Charset=UTF-7"));
    }
}
