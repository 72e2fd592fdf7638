package org.branchdesk.relationship.impl.internal.rest;

import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.rest.Params;
import org.branchdesk.relationship.api.Task;
import org.branchdesk.relationship.impl.internal.RelationshipViews;
import org.branchdesk.relationship.impl.internal.Books;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/relationship/managers/{username}}: a manager's day, their inbox and their book. */
@Component(service = ManagerResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("relationship/managers")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CUSTOMER_MANAGER, CENTER_HEAD })
public final class ManagerResource {

    private final RelationshipViews views;

    @Activate
    public ManagerResource(@Reference RelationshipViews views) {
        this.views = views;
    }

    /** Due and overdue tasks of every kind, overdue first; {@code days} ahead (default {@code upcomingDays}). */
    @GET
    @Path("{username}/inbox")
    public List<Task> inbox(@PathParam("username") String username, @QueryParam("days") String days, @Context SecurityContext security) {
        Integer d = days == null || days.isBlank() ? null : Params.integer("days", days, 0, 0, 366);
        return views.inbox(username, d, Callers.of(security));
    }

    /** The manager's customers with their last contact, next due contact and what is coming up. */
    @GET
    @Path("{username}/book")
    public List<Books.Line> book(@PathParam("username") String username, @Context SecurityContext security) {
        return views.book(username, Callers.of(security));
    }
}
