package org.branchdesk.platform.core.internal;

import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.workspace.WorkspacePage;
import org.osgi.service.component.annotations.Component;

/** The auditor's workspace page: the audit log ({@code GET /api/audit}) with its filters. */
@Component
public final class AuditPage implements WorkspacePage {

    @Override
    public String id() {
        return "audit";
    }

    @Override
    public Map<String, String> titles() {
        return Map.of("en", "Audit", "zh-CN", "审计");
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.AUDITOR);
    }

    @Override
    public String folder() {
        return "workspace/audit";
    }

    @Override
    public int order() {
        return 800;
    }
}
