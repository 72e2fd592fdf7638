package org.branchdesk.platform.web.internal;

import java.util.Set;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Response;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.security.Authenticator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * {@code OPTIONS} needs a token like every other method, and answers the methods the path
 * really has. CXF answers it before any resource method is matched, so the authentication
 * filter never saw it: it was served to anyone, with every method of the resource class.
 * A path no resource serves goes on to CXF's 404.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName(OptionsFilter.NAME)
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@PreMatching
public final class OptionsFilter implements ContainerRequestFilter {

    static final String NAME = "branchdesk.options";

    private final Authenticator authenticator;
    private final JaxrsServiceRuntime runtime;

    @Activate
    public OptionsFilter(@Reference Authenticator authenticator, @Reference JaxrsServiceRuntime runtime) {
        this.authenticator = authenticator;
        this.runtime = runtime;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return;
        }
        if (AuthenticationFilter.bearerToken(request).flatMap(authenticator::authenticate).isEmpty()) {
            throw new NotAuthorizedException("Bearer");
        }
        Set<String> allowed = Routes.of(runtime.getRuntimeDTO()).allowed(request.getUriInfo().getPath());
        if (!allowed.isEmpty()) {
            request.abortWith(Response.noContent().header("Allow", Routes.header(allowed)).build());
        }
    }
}
