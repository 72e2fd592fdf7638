package org.branchdesk.relationship.impl.internal.rest;

import static org.branchdesk.platform.security.Role.CENTER_HEAD;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.relationship.impl.internal.Books;
import org.branchdesk.relationship.impl.internal.RelationshipViews;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/relationship/loads}: every customer manager's load, for the centre head, who
 * reassigns from it with the customer module's {@code POST /api/customers/{id}/assignments}.
 */
@Component(service = LoadsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("relationship/loads")
@Produces(MediaType.APPLICATION_JSON)
@Allow(CENTER_HEAD)
public final class LoadsResource {

    private final RelationshipViews views;

    @Activate
    public LoadsResource(@Reference RelationshipViews views) {
        this.views = views;
    }

    @GET
    public List<Books.Load> loads(@Context SecurityContext security) {
        return views.loads(Callers.of(security));
    }
}
