package org.branchdesk.customer.impl.internal.rest;

import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.BookEntry;
import org.branchdesk.customer.api.ManagerLevel;
import org.branchdesk.customer.api.ManagerProfile;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/managers}: the customer managers with their load, a profile, and a manager's book. */
@Component(service = ManagerResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("managers")
@Produces(MediaType.APPLICATION_JSON)
public final class ManagerResource {

    /** Body of a profile: the manager's level and the most customers allocation gives them. */
    public record Profile(ManagerLevel level, Integer capacity) {
    }

    private final AssignmentService assignments;

    @Activate
    public ManagerResource(@Reference AssignmentService assignments) {
        this.assignments = assignments;
    }

    @GET
    @Allow(CENTER_HEAD)
    public List<ManagerProfile> managers(@Context SecurityContext security) {
        return assignments.managers(Callers.of(security));
    }

    /** The centre head, or the manager themself. */
    @GET
    @Path("{username}")
    @Allow({ CENTER_HEAD, CUSTOMER_MANAGER })
    public ManagerProfile profile(@PathParam("username") String username, @Context SecurityContext security) {
        return assignments.profile(username, Callers.of(security));
    }

    @PUT
    @Path("{username}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(CENTER_HEAD)
    public ManagerProfile setProfile(@PathParam("username") String username, Profile body, @Context SecurityContext security) {
        if (body == null || body.capacity() == null) {
            throw new InvalidInputException("capacity", "required: {\"level\":\"SENIOR\",\"capacity\":300}");
        }
        return assignments.setProfile(username, body.level(), body.capacity(), Callers.of(security));
    }

    /** The manager's customers: the manager themself or the centre head; another manager is refused (403). */
    @GET
    @Path("{username}/book")
    @Allow({ CENTER_HEAD, CUSTOMER_MANAGER })
    public List<BookEntry> book(@PathParam("username") String username, @Context SecurityContext security) {
        return assignments.book(username, Callers.of(security));
    }
}
