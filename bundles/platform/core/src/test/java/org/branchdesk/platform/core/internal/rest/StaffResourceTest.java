package org.branchdesk.platform.core.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import org.branchdesk.platform.api.InvalidInputException;
import org.junit.Test;

/** The optional body of a disabling: no body, or who takes over. */
public class StaffResourceTest {

    @Test
    public void noBodyOrNoSuccessorNamesNone() {
        assertNull(StaffResource.successor(null));
        assertNull(StaffResource.successor(""));
        assertNull(StaffResource.successor("{}"));
        assertNull(StaffResource.successor(" { \"successor\" : null } "));
    }

    @Test
    public void aSuccessorOrTheRules() {
        assertEquals("cm.li", StaffResource.successor("{\"successor\":\"cm.li\"}"));
        assertEquals("rules", StaffResource.successor("{ \"successor\": \"rules\" }\n"));
    }

    @Test
    public void anythingElseIsBadInputNamingTheSuccessor() {
        for (String body : new String[] { "{\"successor\":42}", "{\"succesor\":\"cm.li\"}", "[\"cm.li\"]", "cm.li",
                "{\"successor\":\"cm.li\",\"x\":1}" }) {
            InvalidInputException e = assertThrows(body, InvalidInputException.class, () -> StaffResource.successor(body));
            assertEquals("successor", e.field());
        }
    }
}
