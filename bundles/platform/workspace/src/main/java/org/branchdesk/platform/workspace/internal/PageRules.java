package org.branchdesk.platform.workspace.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.branchdesk.platform.workspace.WorkspacePage;

/** What a registered page must be to be listed (a pure rule): the reasons it is refused, or none. */
final class PageRules {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    /** A folder or file name inside a bundle: no {@code ..}, no leading slash, no backslash. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_-]+(?:[./][A-Za-z0-9_-]+)*");

    private PageRules() {
    }

    static List<String> problems(WorkspacePage page) {
        List<String> problems = new ArrayList<>();
        String id = page.id();
        if (id == null || !ID.matcher(id).matches()) {
            problems.add("its id " + quoted(id) + " is not lower-case letters, digits and '-' (at most 40)");
        }
        if (page.titles() == null || page.titles().get("en") == null || page.titles().get("en").isBlank()) {
            problems.add("it has no English title (titles 'en')");
        }
        if (page.roles() == null || page.roles().isEmpty()) {
            problems.add("it names no roles");
        }
        if (!safePath(page.folder())) {
            problems.add("its folder " + quoted(page.folder()) + " is not a plain path inside the bundle");
        }
        if (!safePath(page.entry()) || !page.entry().endsWith(".js")) {
            problems.add("its entry " + quoted(page.entry()) + " is not a .js file inside its folder");
        }
        return problems;
    }

    /** A relative path without {@code ..} segments, slashes at either end or odd characters. */
    static boolean safePath(String path) {
        return path != null && path.length() <= 200 && PATH.matcher(path).matches() && !path.contains("..");
    }

    private static String quoted(String s) {
        return s == null ? "(none)" : "'" + s + "'";
    }
}
