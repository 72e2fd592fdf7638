package org.branchdesk.relationship.impl.internal;

import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.workspace.WorkspacePage;
import org.osgi.service.component.annotations.Component;

/**
 * The customer manager's workspace page: arrival notices, lobby leads, the task inbox, handovers,
 * the book, plans and campaigns (files in workspace/manager; the lobby and marketing panels are
 * shown only where those modules run).
 */
@Component
public final class ManagerPage implements WorkspacePage {

    @Override
    public String id() {
        return "manager";
    }

    @Override
    public Map<String, String> titles() {
        return Map.of("en", "My customers", "zh-CN", "客户经理工作台");
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.CUSTOMER_MANAGER, Role.CENTER_HEAD);
    }

    @Override
    public String folder() {
        return "workspace/manager";
    }

    @Override
    public int order() {
        return 400;
    }
}
