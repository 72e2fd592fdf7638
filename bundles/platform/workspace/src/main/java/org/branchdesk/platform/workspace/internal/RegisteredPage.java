package org.branchdesk.platform.workspace.internal;

import java.net.URL;
import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.workspace.WorkspacePage;
import org.osgi.framework.Bundle;

/** A page that passed {@link PageRules}, with the bundle its files come from. */
record RegisteredPage(String id, Map<String, String> titles, Set<Role> roles, String folder, String entry, int order,
        Bundle bundle, String module) {

    static RegisteredPage of(WorkspacePage page, Bundle bundle) {
        String module = bundle.getHeaders().get(BranchdeskApi.MODULE_HEADER);
        return new RegisteredPage(page.id(), Map.copyOf(page.titles()), Set.copyOf(page.roles()), page.folder(), page.entry(),
                page.order(), bundle, module == null ? bundle.getSymbolicName() : module);
    }

    /** The page's file at {@code path} (relative, checked by the caller), or null. */
    URL file(String path) {
        return bundle.getState() == Bundle.ACTIVE ? bundle.getEntry(folder + "/" + path) : null;
    }

    /** Where the browser loads the entry script. */
    String entryUrl() {
        return "/ui/pages/" + id + "/" + entry;
    }
}
