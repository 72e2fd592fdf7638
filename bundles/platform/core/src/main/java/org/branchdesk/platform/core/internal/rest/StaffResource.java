package org.branchdesk.platform.core.internal.rest;

import java.net.URI;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.core.internal.JpaStaff;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.Staff;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/staff}: staff accounts. Answers never carry a password or its hash. */
@Component(service = StaffResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
public final class StaffResource {

    /** Body of a new account. */
    public record NewStaff(String username, String password, String displayName, Set<Role> roles) {
    }

    /** Body of a change of roles. */
    public record Roles(Set<Role> roles) {
    }

    /** Body of a password reset: the password the person must change at their next login. */
    public record NewPassword(String password) {
    }

    private final JpaStaff staff;

    @Activate
    public StaffResource(@Reference JpaStaff staff) {
        this.staff = staff;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(Role.ADMIN)
    public Response create(NewStaff body, @Context SecurityContext security) {
        if (body == null) {
            throw new InvalidInputException("body", "a staff account in JSON is required");
        }
        Staff created = staff.createBy(Callers.of(security), body.username(), body.password(), body.displayName(), body.roles());
        return Response.created(URI.create("staff/" + created.username())).entity(created).build();
    }

    @GET
    @Allow({ Role.ADMIN, Role.CENTER_HEAD })
    public List<Staff> list() {
        return staff.all();
    }

    /** Where the 201 of {@link #create} points. */
    @GET
    @Path("{username}")
    @Allow({ Role.ADMIN, Role.CENTER_HEAD })
    public Staff get(@PathParam("username") String username) {
        return staff.find(username).orElseThrow(() -> new NotFoundException("staff", username));
    }

    /** Literal paths win over {@code {username}}, and "me" is too short to be a username. */
    @GET
    @Path("me")
    public Staff me(@Context SecurityContext security) {
        String me = Callers.of(security).username();
        return staff.find(me).orElseThrow(() -> new NotFoundException("staff", me));
    }

    /** Replaces the account's roles, under segregation of duties; its tokens end. */
    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(Role.ADMIN)
    public Staff setRoles(@PathParam("username") String username, Roles body, @Context SecurityContext security) {
        return staff.setRoles(Callers.of(security), username, body == null ? null : body.roles());
    }

    /** Disables the account: it can no longer log in, and its tokens end. */
    @POST
    @Path("{username}/disable")
    @Allow(Role.ADMIN)
    public Staff disable(@PathParam("username") String username, @Context SecurityContext security) {
        return staff.disable(Callers.of(security), username);
    }

    @POST
    @Path("{username}/enable")
    @Allow(Role.ADMIN)
    public Staff enable(@PathParam("username") String username, @Context SecurityContext security) {
        return staff.enable(Callers.of(security), username);
    }

    /** Sets a password the person must change at their next login; their tokens end. */
    @POST
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(Role.ADMIN)
    public Staff resetPassword(@PathParam("username") String username, NewPassword body, @Context SecurityContext security) {
        return staff.resetPassword(Callers.of(security), username, body == null ? null : body.password());
    }
}
