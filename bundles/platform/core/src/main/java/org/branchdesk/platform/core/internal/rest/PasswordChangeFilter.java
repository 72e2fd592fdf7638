package org.branchdesk.platform.core.internal.rest;

import java.lang.reflect.Method;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;

import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.core.internal.JpaStaff;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * After an administrator's password reset, the account's tokens may only change the password
 * (and log out): every other call is a 403 problem saying so. The token's caller is also granted
 * no role ({@link JpaStaff#authenticate}), so even without this filter nothing role-protected is
 * served; the filter makes every call refuse, with a message that tells what to do. It runs
 * before the authentication filter (whose role check would answer first, and say less).
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName(PasswordChangeFilter.NAME)
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Priority(Priorities.AUTHENTICATION - 100)
public final class PasswordChangeFilter implements ContainerRequestFilter {

    /** Also required by the application, so that it is never served without this filter. */
    public static final String NAME = "branchdesk.password-change";

    private static final String BEARER = "Bearer ";

    private final JpaStaff staff;

    @Context
    private ResourceInfo resourceInfo;

    @Activate
    public PasswordChangeFilter(@Reference JpaStaff staff) {
        this.staff = staff;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> resource = resourceInfo.getResourceClass();
        if (method == null || method.isAnnotationPresent(Public.class) || method.isAnnotationPresent(AllowedBeforePasswordChange.class)
                || (resource != null && resource.isAnnotationPresent(Public.class))) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return; // the authentication filter answers 401
        }
        if (staff.passwordChangeOnly(header.substring(BEARER.length()).trim())) {
            throw new ForbiddenException("an administrator reset this account's password: change it first with"
                    + " POST /api/auth/password {\"oldPassword\":…,\"newPassword\":…}; nothing else is allowed until then");
        }
    }
}
