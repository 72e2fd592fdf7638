package org.branchdesk.counter.impl.internal;

import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.workspace.WorkspacePage;
import org.osgi.service.component.annotations.Component;

/** The workspace page of the checker: the authorisation inbox, approve or reject under four eyes. */
@Component
public final class AuthorisePage implements WorkspacePage {

    @Override
    public String id() {
        return "authorise";
    }

    @Override
    public Map<String, String> titles() {
        return Map.of("en", "Authorisation", "zh-CN", "授权");
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.BUSINESS_OFFICER, Role.OPERATIONS_SUPERVISOR, Role.CENTER_HEAD);
    }

    @Override
    public String folder() {
        return "workspace/authorise";
    }

    @Override
    public int order() {
        return 260;
    }
}
