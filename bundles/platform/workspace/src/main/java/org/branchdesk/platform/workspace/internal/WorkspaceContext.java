package org.branchdesk.platform.workspace.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The HTTP whiteboard context of the workspace, at the server's root: ranked above the context the
 * JAX-RS whiteboard opens there for its default application, so that {@code /} is the workspace.
 * {@code /api} keeps its own, longer context.
 */
@Component(service = ServletContextHelper.class)
@HttpWhiteboardContext(name = WorkspaceContext.NAME, path = "/")
@ServiceRanking(100)
public final class WorkspaceContext extends ServletContextHelper {

    static final String NAME = "branchdesk.workspace";
    static final String SELECT = "(osgi.http.whiteboard.context.name=" + NAME + ")";
}
