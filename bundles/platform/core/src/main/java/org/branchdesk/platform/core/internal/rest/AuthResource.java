package org.branchdesk.platform.core.internal.rest;

import java.time.Instant;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.core.internal.JpaStaff;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Public;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/auth}: log in for a bearer token, and log out. */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public final class AuthResource {

    /** Body of a login. */
    public record Credentials(String username, String password) {
    }

    /** Answer to a login. */
    public record Token(String token, Instant expiresAt, String username, String displayName, Set<Role> roles) {
    }

    private final JpaStaff staff;

    @Activate
    public AuthResource(@Reference JpaStaff staff) {
        this.staff = staff;
    }

    @POST
    @Path("login")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Token login(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.username().isBlank()) {
            throw new InvalidInputException("username", "is required");
        }
        if (credentials.password() == null || credentials.password().isEmpty()) {
            throw new InvalidInputException("password", "is required");
        }
        return staff.login(credentials.username().trim(), credentials.password())
                .map(l -> new Token(l.token(), l.expiresAt(), l.staff().username(), l.staff().displayName(), l.staff().roles()))
                .orElseThrow(() -> new NotAuthorizedException("wrong username or password", "Bearer"));
    }

    @POST
    @Path("logout")
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        staff.logout(authorization.substring("Bearer ".length()).trim());
        return Response.noContent().build();
    }
}
