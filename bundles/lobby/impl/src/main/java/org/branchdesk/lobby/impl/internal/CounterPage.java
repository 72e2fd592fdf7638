package org.branchdesk.lobby.impl.internal;

import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.workspace.WorkspacePage;
import org.osgi.service.component.annotations.Component;

/** The workspace page of the teller at the counter: call the next ticket (F2), the customer's view, finish the ticket (F4), refer a lead. */
@Component
public final class CounterPage implements WorkspacePage {

    @Override
    public String id() {
        return "counter";
    }

    @Override
    public Map<String, String> titles() {
        return Map.of("en", "Counter", "zh-CN", "柜台");
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.TELLER, Role.BUSINESS_OFFICER);
    }

    @Override
    public String folder() {
        return "workspace/counter";
    }

    @Override
    public int order() {
        return 200;
    }
}
