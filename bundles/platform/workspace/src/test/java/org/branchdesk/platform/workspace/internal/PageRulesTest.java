package org.branchdesk.platform.workspace.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.workspace.WorkspacePage;
import org.junit.Test;

public class PageRulesTest {

    private static WorkspacePage page(String id, Map<String, String> titles, Set<Role> roles, String folder, String entry) {
        return new WorkspacePage() {
            public String id() { return id; }
            public Map<String, String> titles() { return titles; }
            public Set<Role> roles() { return roles; }
            public String folder() { return folder; }
            public String entry() { return entry; }
        };
    }

    @Test
    public void aWellFormedPagePasses() {
        assertEquals(List.of(), PageRules.problems(page("lobby", Map.of("en", "Lobby", "zh-CN", "大堂"), Set.of(Role.LOBBY_MANAGER),
                "workspace/lobby", "lobby.js")));
    }

    @Test
    public void eachDefectIsNamed() {
        List<String> problems = PageRules.problems(page("Lobby Page", Map.of("zh-CN", "大堂"), Set.of(), "/abs", "x.html"));
        assertEquals(problems.toString(), 5, problems.size());
        assertTrue(problems.get(0).contains("'Lobby Page'"));
        assertTrue(problems.get(1).contains("English"));
        assertTrue(problems.get(2).contains("roles"));
        assertTrue(problems.get(3).contains("'/abs'"));
        assertTrue(problems.get(4).contains("'x.html'"));
        assertEquals(5, PageRules.problems(page(null, Map.of(), Set.of(), null, null)).size());
    }

    @Test
    public void onlyPlainPathsInsideTheBundleAreSafe() {
        assertTrue(PageRules.safePath("workspace/lobby"));
        assertTrue(PageRules.safePath("lobby.js"));
        assertTrue(PageRules.safePath("img/queue-board.svg"));
        for (String bad : new String[] { "../x.js", "a/../b.js", "a/./b.js", "/a.js", "a/", "a//b.js", "a\\b.js", "a%2e.js", "", "..",
                "a/b.js?x", "a b.js" }) {
            assertFalse(bad, PageRules.safePath(bad));
        }
        assertFalse(PageRules.safePath(null));
        assertFalse(PageRules.safePath("a".repeat(201)));
    }

    @Test
    public void onlyTheWorkspacesKindsOfFileHaveAType() {
        assertEquals("text/javascript; charset=utf-8", StaticFiles.type("a/b.js"));
        assertEquals("text/css; charset=utf-8", StaticFiles.type("b.css"));
        assertNull(StaticFiles.type("Page.class"));
        assertNull(StaticFiles.type("MANIFEST.MF"));
        assertNull(StaticFiles.type("noextension"));
        assertFalse(StaticFiles.CSP.contains("unsafe"));
    }
}
