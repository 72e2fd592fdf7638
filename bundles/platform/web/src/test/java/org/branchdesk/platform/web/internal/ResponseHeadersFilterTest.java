package org.branchdesk.platform.web.internal;

import static org.branchdesk.platform.web.internal.ResponseHeadersFilter.location;
import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ResponseHeadersFilterTest {

    @Test
    public void aLocationOnTheRequestedHostBecomesPathAbsolute() {
        assertEquals("/api/staff/li", location("http://evil.example/api/staff/li", "evil.example", 80));
        assertEquals("/api/customers/C1?x=%20", location("http://EVIL.example:8080/api/customers/C1?x=%20", "evil.example", 8080));
        assertEquals("/", location("https://h", "h", 443));
    }

    @Test
    public void otherLocationsStayAsTheyAre() {
        assertEquals("/api/staff/li", location("/api/staff/li", "h", 80));
        assertEquals("http://other.example/x", location("http://other.example/x", "h", 80));
        assertEquals("http://h:81/x", location("http://h:81/x", "h", 80));
        assertEquals("not a uri", location("not a uri", "h", 80));
    }
}
