package org.branchdesk.platform.core.internal.rest;

import java.util.List;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Params;
import org.branchdesk.platform.security.AuditEntry;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/audit}: who looked at whom, for auditors. */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.AUDITOR)
public final class AuditResource {

    private final AuditLog audit;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    /** Newest first; {@code from} inclusive, {@code to} exclusive. */
    @GET
    public List<AuditEntry> query(@QueryParam("actor") String actor, @QueryParam("customer") String customer,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") @DefaultValue("100") String limit) {
        return audit.query(blankToNull(actor), blankToNull(customer), Params.instant("from", from), Params.instant("to", to),
                Params.integer("limit", limit, 100, 1, 1000));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
