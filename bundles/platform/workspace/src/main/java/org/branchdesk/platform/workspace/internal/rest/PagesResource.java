package org.branchdesk.platform.workspace.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.workspace.internal.PageRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/workspace/pages}: the workspace pages the caller may open, in navigation order. */
@Component(service = PagesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("workspace/pages")
@Produces(MediaType.APPLICATION_JSON)
public final class PagesResource {

    private final PageRegistry pages;

    @Activate
    public PagesResource(@Reference PageRegistry pages) {
        this.pages = pages;
    }

    @GET
    public List<PageRegistry.PageLink> pages(@Context SecurityContext security) {
        return pages.forCaller(Callers.of(security));
    }
}
