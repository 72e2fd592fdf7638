package org.branchdesk.platform.core.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.branchdesk.platform.api.Branch;
import org.branchdesk.platform.api.BranchProfile;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/branch}: the branch this deployment serves. */
@Component(service = BranchResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("branch")
@Produces(MediaType.APPLICATION_JSON)
public final class BranchResource {

    private final Branch branch;

    @Activate
    public BranchResource(@Reference Branch branch) {
        this.branch = branch;
    }

    @GET
    public BranchProfile get() {
        return branch.profile();
    }
}
