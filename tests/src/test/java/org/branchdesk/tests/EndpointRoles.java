package org.branchdesk.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.branchdesk.platform.security.Role;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The endpoint × role table (tests/src/test/resources/endpoint-roles.txt) and the same table as
 * the OpenAPI document of {@code /api} says it. One line per operation:
 *
 * <pre>
 * GET /api/admin/modules -> ADMIN
 * GET /api/customers -> LOBBY_MANAGER,TELLER
 * POST /api/auth/login -> public
 * GET /api/staff/me -> any
 * </pre>
 *
 * {@code public}: no token needed ({@code "security": []}); {@code any}: any authenticated caller
 * (no {@code x-roles}); otherwise the roles of {@code x-roles}, written in the order of
 * {@link Role} so that a generated table is stable. Blank lines and lines starting with {@code #}
 * are comments.
 */
final class EndpointRoles {

    static final String RESOURCE = "/endpoint-roles.txt";
    static final String PUBLIC = "public";
    static final String ANY = "any";

    private EndpointRoles() {
    }

    /** "METHOD /api/path" → "public" | "any" | "ROLE,ROLE" of every operation of the document. */
    static Map<String, String> fromDocument(JsonNode document) {
        String base = document.path("servers").path(0).path("url").asText("");
        Map<String, String> table = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                table.put(op.getKey().toUpperCase() + " " + base + path.getKey(), access(op.getValue()));
            }
        }
        return table;
    }

    private static String access(JsonNode operation) {
        JsonNode security = operation.get("security");
        if (security != null && security.isArray() && security.isEmpty()) {
            return PUBLIC;
        }
        JsonNode roles = operation.get("x-roles");
        if (roles == null) {
            return ANY;
        }
        List<String> names = new ArrayList<>();
        roles.forEach(r -> names.add(r.asText()));
        return canonical(names);
    }

    /** The table of the test resource file, its access values written canonically. */
    static Map<String, String> declared() {
        try (InputStream in = EndpointRoles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AssertionError("no " + RESOURCE + " on the test class path (tests/src/test/resources)");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> parse(List<String> lines) {
        Map<String, String> table = new TreeMap<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.indexOf("->");
            if (arrow < 0) {
                throw new AssertionError(RESOURCE + " line " + n + ": expected 'METHOD /path -> ROLE,ROLE | public | any': " + raw);
            }
            String[] op = line.substring(0, arrow).trim().split("\\s+");
            if (op.length != 2 || !op[1].startsWith("/")) {
                throw new AssertionError(RESOURCE + " line " + n + ": expected 'METHOD /path' before '->': " + raw);
            }
            String access = line.substring(arrow + 2).trim();
            String key = op[0].toUpperCase() + " " + op[1];
            String value = PUBLIC.equals(access) || ANY.equals(access) ? access
                    : canonical(Arrays.stream(access.split(",")).map(String::trim).toList());
            if (table.put(key, value) != null) {
                throw new AssertionError(RESOURCE + " line " + n + ": " + key + " is listed twice");
            }
        }
        return table;
    }

    /** Roles in the order of {@link Role}; an unknown name fails. */
    static String canonical(List<String> roles) {
        for (String r : roles) {
            if (Arrays.stream(Role.values()).noneMatch(x -> x.name().equals(r))) {
                throw new AssertionError("'" + r + "' is not a role: one of " + Arrays.toString(Role.values()));
            }
        }
        return Arrays.stream(Role.values()).map(Role::name).filter(roles::contains).collect(Collectors.joining(","));
    }

    static String line(String operation, String access) {
        return operation + " -> " + access;
    }

    /** The file's text for a table: a header, then one line per operation, sorted. */
    static String render(Map<String, String> table) {
        StringBuilder text = new StringBuilder();
        text.append("# Who may call each operation of /api: METHOD /path -> ROLE,ROLE | public | any\n");
        text.append("# Must equal /api/openapi.json (security and x-roles); EndpointRoleMatrixTest checks both.\n");
        text.append("# Regenerate: see docs/api-contract.md.\n");
        table.forEach((op, access) -> text.append(line(op, access)).append('\n'));
        return text.toString();
    }

    /** The lines to add, change or remove in the file so that it equals the document; empty when it does. */
    static List<String> differences(Map<String, String> declared, Map<String, String> documented) {
        List<String> changes = new ArrayList<>();
        documented.forEach((op, access) -> {
            if (!declared.containsKey(op)) {
                changes.add("add:    " + line(op, access));
            } else if (!Objects.equals(declared.get(op), access)) {
                changes.add("change: " + line(op, declared.get(op)) + "   to   " + line(op, access));
            }
        });
        declared.forEach((op, access) -> {
            if (!documented.containsKey(op)) {
                changes.add("remove: " + line(op, access) + "   (no such operation in /api/openapi.json)");
            }
        });
        return changes;
    }

    /** The table as Markdown, one column per role, for the role table of docs/api/roles.md. */
    static String markdown(Map<String, String> table) {
        StringBuilder md = new StringBuilder("| operation |");
        for (Role r : Role.values()) {
            md.append(' ').append(r.name()).append(" |");
        }
        md.append("\n|---|");
        md.append("---|".repeat(Role.values().length)).append('\n');
        table.forEach((op, access) -> {
            md.append("| `").append(op).append('`').append(PUBLIC.equals(access) ? " (no login)" : "").append(" |");
            List<String> roles = List.of(access.split(","));
            for (Role r : Role.values()) {
                boolean allowed = PUBLIC.equals(access) || ANY.equals(access) || roles.contains(r.name());
                md.append(allowed ? " ✓ |" : "   |");
            }
            md.append('\n');
        });
        return md.toString();
    }
}
