package org.branchdesk.platform.web.internal;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

import javax.ws.rs.ForbiddenException;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Public;
import org.branchdesk.platform.security.Authenticator;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Authenticates every request by its bearer token, except resources marked {@link Public},
 * and checks the roles of {@link Allow}. Registered only once an {@link Authenticator}
 * exists, and the application waits for it: nothing is ever served unauthenticated.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName(AuthenticationFilter.NAME)
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
public final class AuthenticationFilter implements ContainerRequestFilter {

    static final String NAME = "branchdesk.auth";

    private static final String BEARER = "Bearer ";

    private final Authenticator authenticator;

    @Context
    private ResourceInfo resourceInfo;

    @Activate
    public AuthenticationFilter(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> resource = resourceInfo.getResourceClass();
        if (method == null || method.isAnnotationPresent(Public.class)
                || (resource != null && resource.isAnnotationPresent(Public.class))) {
            return;
        }
        Caller caller = bearerToken(request).flatMap(authenticator::authenticate)
                .orElseThrow(() -> new NotAuthorizedException("Bearer"));
        Allow allow = Optional.ofNullable(method.getAnnotation(Allow.class))
                .orElseGet(() -> resource == null ? null : resource.getAnnotation(Allow.class));
        if (allow != null && !caller.hasAny(allow.value())) {
            throw new ForbiddenException("this needs one of the roles " + Arrays.toString(allow.value()));
        }
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerContext(caller, secure));
    }

    static Optional<String> bearerToken(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private record CallerContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(role) && caller.has(r));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
