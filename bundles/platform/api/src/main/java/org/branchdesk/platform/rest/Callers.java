package org.branchdesk.platform.rest;

import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.platform.security.Caller;

/** Gets the authenticated caller in a resource method. */
public final class Callers {

    private Callers() {
    }

    /** The caller of this request; 401 if, against expectations, there is none. */
    public static Caller of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new NotAuthorizedException("Bearer");
    }
}
