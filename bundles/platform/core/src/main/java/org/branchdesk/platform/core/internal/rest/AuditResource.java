package org.branchdesk.platform.core.internal.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
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
        return audit.query(blankToNull(actor), blankToNull(customer), instant("from", from), instant("to", to), limit(limit));
    }

    /** Parsed here: JAX-RS answers a non-numeric {@code int} query parameter with 404, not 400. */
    private static int limit(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit", "'" + value + "' is not a number from 1 to 1000");
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + value + "' is not an instant like 2026-11-22T08:00:00Z");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
