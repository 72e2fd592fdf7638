package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;

/** The endpoint × role table's format, without a framework. */
public class EndpointRolesTest {

    @Test
    public void linesAreReadWithRolesInTheOrderOfTheEnum() {
        Map<String, String> table = EndpointRoles.parse(List.of("# a comment", "", "get /api/x -> TELLER, ADMIN",
                "POST /api/auth/login -> public", "GET /api/staff/me -> any"));
        assertEquals(Map.of("GET /api/x", "ADMIN,TELLER", "POST /api/auth/login", "public", "GET /api/staff/me", "any"), table);
    }

    @Test
    public void anUnknownRoleABadLineOrADuplicateFails() {
        assertThrows(AssertionError.class, () -> EndpointRoles.parse(List.of("GET /api/x -> CASHIER")));
        assertThrows(AssertionError.class, () -> EndpointRoles.parse(List.of("GET /api/x ADMIN")));
        assertThrows(AssertionError.class, () -> EndpointRoles.parse(List.of("GET api/x -> ADMIN")));
        assertThrows(AssertionError.class, () -> EndpointRoles.parse(List.of("GET /api/x -> ADMIN", "GET /api/x -> any")));
    }

    @Test
    public void differencesAreTheLinesToAddChangeOrRemove() {
        Map<String, String> declared = Map.of("GET /api/a", "ADMIN", "GET /api/gone", "any");
        Map<String, String> documented = Map.of("GET /api/a", "ADMIN,AUDITOR", "POST /api/new", "public");
        List<String> changes = EndpointRoles.differences(declared, documented);
        assertEquals(3, changes.size());
        assertTrue(changes.toString(), changes.contains("add:    POST /api/new -> public"));
        assertTrue(changes.toString(), changes.contains("change: GET /api/a -> ADMIN   to   GET /api/a -> ADMIN,AUDITOR"));
        assertTrue(changes.toString(), changes.stream().anyMatch(c -> c.startsWith("remove: GET /api/gone -> any")));
        assertEquals(List.of(), EndpointRoles.differences(documented, documented));
    }

    @Test
    public void aRenderedTableReadsBackAndRendersAsMarkdown() {
        Map<String, String> table = Map.of("GET /api/a", "ADMIN,AUDITOR", "POST /api/auth/login", "public");
        assertEquals(table, EndpointRoles.parse(List.of(EndpointRoles.render(table).split("\n"))));
        String md = EndpointRoles.markdown(new java.util.TreeMap<>(table));
        assertTrue(md, md.startsWith("| operation | ADMIN | CENTER_HEAD |"));
        assertTrue(md, md.contains("| `GET /api/a` | ✓ |   |   |   |   |   | ✓ |"));
        assertTrue(md, md.contains("| `POST /api/auth/login` (no login) | ✓ |"));
    }
}
