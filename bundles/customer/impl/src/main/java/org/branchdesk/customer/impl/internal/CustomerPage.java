package org.branchdesk.customer.impl.internal;

import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.workspace.WorkspacePage;
import org.osgi.service.component.annotations.Component;

/** The workspace page for looking customers up and opening their unified view (files in workspace/customer). */
@Component
public final class CustomerPage implements WorkspacePage {

    @Override
    public String id() {
        return "customer";
    }

    @Override
    public Map<String, String> titles() {
        return Map.of("en", "Customers", "zh-CN", "客户");
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.CENTER_HEAD, Role.OPERATIONS_SUPERVISOR, Role.BUSINESS_OFFICER, Role.CUSTOMER_MANAGER, Role.LOBBY_MANAGER,
                Role.TELLER);
    }

    @Override
    public String folder() {
        return "workspace/customer";
    }

    @Override
    public int order() {
        return 300;
    }
}
