package org.branchdesk.platform.workspace.internal;

import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.workspace.WorkspacePage;
import org.osgi.service.component.annotations.Component;

/**
 * The centre head's dashboard: the figures of every installed module for a period
 * ({@code GET /api/figures}), the lobby's daily record and the complaint statistics.
 */
@Component
public final class DashboardPage implements WorkspacePage {

    @Override
    public String id() {
        return "dashboard";
    }

    @Override
    public Map<String, String> titles() {
        return Map.of("en", "Centre dashboard", "zh-CN", "中心看板");
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.CENTER_HEAD);
    }

    @Override
    public String folder() {
        return "workspace/dashboard";
    }

    @Override
    public int order() {
        return 50;
    }
}
