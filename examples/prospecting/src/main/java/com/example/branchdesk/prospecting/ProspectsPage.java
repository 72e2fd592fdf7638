package com.example.branchdesk.prospecting;

import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.workspace.WorkspacePage;
import org.osgi.service.component.annotations.Component;

/**
 * A page of the staff workspace, shipped by this bundle: the shell lists it for the roles below,
 * serves the files of {@code src/main/resources/workspace/prospects/} at
 * {@code /ui/pages/prospects/} and loads {@code prospects.js} from there. When the bundle stops,
 * the page disappears from the workspace.
 */
@Component
public final class ProspectsPage implements WorkspacePage {

    @Override
    public String id() {
        return "prospects";
    }

    @Override
    public Map<String, String> titles() {
        return Map.of("en", "Prospects", "zh-CN", "潜在客户");
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.CUSTOMER_MANAGER, Role.CENTER_HEAD);
    }

    @Override
    public String folder() {
        return "workspace/prospects";
    }

    @Override
    public int order() {
        return 1000;
    }
}
