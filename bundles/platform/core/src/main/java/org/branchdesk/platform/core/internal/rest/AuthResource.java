package org.branchdesk.platform.core.internal.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.core.internal.JpaStaff;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.rest.Public;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/auth}: log in for a bearer token, log out, change one's password, see and end one's sessions. */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public final class AuthResource {

    /** Body of a login. */
    public record Credentials(String username, String password) {
    }

    /** Body of a password change. */
    public record PasswordChange(String oldPassword, String newPassword) {
    }

    /**
     * Answer to a login. With {@code mustChangePassword} the token may only change the password
     * ({@code POST /api/auth/password}).
     */
    public record Token(String token, Instant expiresAt, String username, String displayName, Set<Role> roles,
            boolean mustChangePassword) {
    }

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final JpaStaff staff;

    @Activate
    public AuthResource(@Reference JpaStaff staff) {
        this.staff = staff;
    }

    @POST
    @Path("login")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Token login(Credentials credentials, @Context HttpServletRequest request) {
        if (credentials == null || credentials.username() == null || credentials.username().isBlank()) {
            throw new InvalidInputException("username", "is required");
        }
        if (credentials.password() == null || credentials.password().isEmpty()) {
            throw new InvalidInputException("password", "is required");
        }
        String address = address(request);
        return staff.login(credentials.username().trim(), credentials.password(), address).map(AuthResource::token)
                .orElseThrow(() -> new NotAuthorizedException("wrong username or password", "Bearer"));
    }

    /** Changes the caller's own password; every token of the account ends, and the answer is a new one. */
    @POST
    @Path("password")
    @AllowedBeforePasswordChange
    @Consumes(MediaType.APPLICATION_JSON)
    public Token changePassword(PasswordChange body, @Context SecurityContext security, @Context HttpServletRequest request) {
        if (body == null || body.oldPassword() == null || body.oldPassword().isEmpty()) {
            throw new InvalidInputException("oldPassword", "is required");
        }
        if (body.newPassword() == null) {
            throw new InvalidInputException("newPassword", "is required");
        }
        String address = address(request);
        return token(staff.changePassword(Callers.of(security), body.oldPassword(), body.newPassword(), address));
    }

    @POST
    @Path("logout")
    @AllowedBeforePasswordChange
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        staff.logout(bearer(authorization));
        return Response.noContent().build();
    }

    /** The caller's own live sessions; {@code current} marks the one of this request's token. */
    @GET
    @Path("sessions")
    public List<JpaStaff.SessionInfo> sessions(@Context SecurityContext security,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return staff.sessions(Callers.of(security), bearer(authorization));
    }

    /** Ends one of the caller's own sessions (e.g. one left open on another counter). */
    @DELETE
    @Path("sessions/{id}")
    public Response endSession(@PathParam("id") String id, @Context SecurityContext security) {
        if (!staff.revokeSession(Callers.of(security), id)) {
            throw new NotFoundException("session", id);
        }
        return Response.noContent().build();
    }

    private String address(HttpServletRequest request) {
        return staff.clientAddress(request == null ? null : request.getRemoteAddr(),
                request == null ? null : request.getHeader(FORWARDED_FOR));
    }

    private static Token token(JpaStaff.Login l) {
        return new Token(l.token(), l.expiresAt(), l.staff().username(), l.staff().displayName(), l.staff().roles(),
                l.mustChangePassword());
    }

    /** The filter has authenticated this header, so it is a bearer token. */
    private static String bearer(String authorization) {
        return authorization.substring("Bearer ".length()).trim();
    }
}
