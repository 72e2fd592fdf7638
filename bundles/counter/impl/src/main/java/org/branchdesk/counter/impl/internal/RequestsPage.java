package org.branchdesk.counter.impl.internal;

import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.workspace.WorkspacePage;
import org.osgi.service.component.annotations.Component;

/** The workspace page of the maker: start a business request from its type's fields, and follow one's own requests. */
@Component
public final class RequestsPage implements WorkspacePage {

    @Override
    public String id() {
        return "requests";
    }

    @Override
    public Map<String, String> titles() {
        return Map.of("en", "Business requests", "zh-CN", "业务办理");
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.TELLER, Role.BUSINESS_OFFICER);
    }

    @Override
    public String folder() {
        return "workspace/requests";
    }

    @Override
    public int order() {
        return 250;
    }
}
