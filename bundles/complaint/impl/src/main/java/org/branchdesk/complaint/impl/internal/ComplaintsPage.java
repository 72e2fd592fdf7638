package org.branchdesk.complaint.impl.internal;

import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.workspace.WorkspacePage;
import org.osgi.service.component.annotations.Component;

/** The workspace page for recording and working complaints (files in workspace/complaints). */
@Component
public final class ComplaintsPage implements WorkspacePage {

    @Override
    public String id() {
        return "complaints";
    }

    @Override
    public Map<String, String> titles() {
        return Map.of("en", "Complaints", "zh-CN", "投诉");
    }

    /** Those who may record a complaint ({@code POST /api/complaints}). */
    @Override
    public Set<Role> roles() {
        return ComplaintAccess.STAFF;
    }

    @Override
    public String folder() {
        return "workspace/complaints";
    }

    @Override
    public int order() {
        return 500;
    }
}
