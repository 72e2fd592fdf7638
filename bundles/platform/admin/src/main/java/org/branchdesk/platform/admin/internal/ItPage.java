package org.branchdesk.platform.admin.internal;

import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.workspace.WorkspacePage;
import org.osgi.service.component.annotations.Component;

/** The workspace page for branch IT: modules and their health, deploy/, configuration, staff. */
@Component
public final class ItPage implements WorkspacePage {

    @Override
    public String id() {
        return "it";
    }

    @Override
    public Map<String, String> titles() {
        return Map.of("en", "Branch IT", "zh-CN", "系统运维");
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public String folder() {
        return "workspace/it";
    }

    @Override
    public int order() {
        return 900;
    }
}
