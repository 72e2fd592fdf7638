package org.branchdesk.platform.core.internal.rest;

import java.net.URI;
import java.time.Instant;
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
import org.branchdesk.platform.security.StaffDeparture;
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

    /** A disabled account, and what moved with it (counts only: the administrator sees no customer data). */
    public record DisabledStaff(String username, String displayName, Set<Role> roles, boolean active, Instant createdAt,
            List<String> moved) {
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

    /**
     * Disables the account: it can no longer log in, and its tokens end. What it holds moves to
     * the successor the body names, in the same transaction; an account holding nothing needs no body.
     */
    @POST
    @Path("{username}/disable")
    @Allow(Role.ADMIN)
    public DisabledStaff disable(@PathParam("username") String username, String body, @Context SecurityContext security) {
        String successor = successor(body);
        JpaStaff.Disabled d = staff.disable(Callers.of(security), username,
                "rules".equals(successor) ? StaffDeparture.BY_RULES : successor);
        Staff s = d.staff();
        return new DisabledStaff(s.username(), s.displayName(), s.roles(), s.active(), s.createdAt(), d.moved());
    }

    /** The successor of an optional body {"successor":"..."}: read here, as an empty body is no JSON for the JSON reader. */
    static String successor(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        java.util.regex.Matcher m = DEPARTURE.matcher(body);
        if (!m.matches()) {
            throw new InvalidInputException("successor", "the body is {\"successor\":\"<username>\"} or {\"successor\":\"rules\"}, or none");
        }
        return m.group(1) == null ? null : m.group(1).trim();
    }

    private static final java.util.regex.Pattern DEPARTURE = java.util.regex.Pattern
            .compile("\\s*\\{\\s*(?:\"successor\"\\s*:\\s*(?:null|\"([A-Za-z0-9._()\\- ]{1,64})\")\\s*)?\\}\\s*");

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
