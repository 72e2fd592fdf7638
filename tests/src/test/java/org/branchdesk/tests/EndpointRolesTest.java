package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertTrue(md, md.contains("| `GET /api/a` | ✓ |   |   |   |   |   |   | ✓ |"));
        assertTrue(md, md.contains("| `POST /api/auth/login` (no login) | ✓ |"));
    }

    static final String TABLE_START = "<!-- endpoint-roles: generated from tests/src/test/resources/endpoint-roles.txt -->";
    static final String TABLE_END = "<!-- endpoint-roles: end -->";
    /** The page of the REST API documentation that shows the table, from the repository's root. */
    static final String TABLE_PAGE = "docs/api/roles.md";

    /**
     * The documented table of who may call what ({@value #TABLE_PAGE}) is the declared table
     * (which the endpoint-role test holds to the running API), rendered: it cannot drift from the
     * code. {@code -Dbranchdesk.endpointRoles.write=true} rewrites it.
     */
    @Test
    public void theApiPageShowsTheDeclaredTable() throws IOException {
        Path page = Path.of(System.getProperty("basedir", ".")).resolve("..").resolve(TABLE_PAGE);
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int start = text.indexOf(TABLE_START);
        int end = text.indexOf(TABLE_END);
        assertTrue(TABLE_PAGE + " has no generated role table between " + TABLE_START + " and " + TABLE_END, start >= 0 && end > start);
        String generated = TABLE_START + "\n" + EndpointRoles.markdown(EndpointRoles.declared()).strip() + "\n";
        String current = text.substring(start, end);
        if (Boolean.getBoolean(EndpointRoleMatrixTest.WRITE)) {
            Files.writeString(page, text.substring(0, start) + generated + text.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(TABLE_PAGE + "'s role table differs from endpoint-roles.txt: run the tests module with -D"
                + EndpointRoleMatrixTest.WRITE + "=true to rewrite it", generated, current);
    }

    /** The table is on the REST API page only: a second copy elsewhere would not be checked. */
    @Test
    public void theReadmeHasNoCopyOfTheTable() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("basedir", ".")).resolve("../README.md"), StandardCharsets.UTF_8);
        assertTrue("README.md holds a copy of the role table: link " + TABLE_PAGE + " instead", !readme.contains(TABLE_START));
    }
}
