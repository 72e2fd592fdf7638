package org.branchdesk.complaint.impl.internal.rest;

import static org.branchdesk.platform.security.Role.BUSINESS_OFFICER;
import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;
import static org.branchdesk.platform.security.Role.LOBBY_MANAGER;
import static org.branchdesk.platform.security.Role.OPERATIONS_SUPERVISOR;
import static org.branchdesk.platform.security.Role.TELLER;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.complaint.api.Complaint;
import org.branchdesk.complaint.api.ComplaintInput;
import org.branchdesk.complaint.api.ComplaintService;
import org.branchdesk.complaint.api.ComplaintStats;
import org.branchdesk.complaint.api.Status;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Params;
import org.branchdesk.platform.rest.Callers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/complaints}: intake, lifecycle, assignment, escalation, resolution, feedback, statistics. */
@Component(service = ComplaintResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("complaints")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CENTER_HEAD, LOBBY_MANAGER, CUSTOMER_MANAGER, TELLER, OPERATIONS_SUPERVISOR, BUSINESS_OFFICER })
public final class ComplaintResource {

    private static Instant required(String name, Instant value) {
        if (value == null) {
            throw new InvalidInputException(name, "required, an instant like 2026-11-01T00:00:00Z");
        }
        return value;
    }

    /** Body of a status change. */
    public record Transition(Status status, String note) {
    }

    /** Body of an assignment. */
    public record Assignment(String assignee) {
    }

    /** Body of an escalation. */
    public record Escalation(String reason) {
    }

    /** Body of a resolution. */
    public record Resolution(String resolution, String remedy) {
    }

    /** Body of the customer's response. */
    public record Feedback(Boolean satisfied, Boolean escalate, String comment) {
    }

    private final ComplaintService complaints;

    @Activate
    public ComplaintResource(@Reference ComplaintService complaints) {
        this.complaints = complaints;
    }

    /** Any member of staff who receives a complaint records it; the answer carries its reference. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(ComplaintInput input, @Context SecurityContext security) {
        Complaint c = complaints.receive(input, Callers.of(security));
        return Response.created(URI.create("complaints/" + c.id())).entity(c).build();
    }

    /** {@code ?all=true} (centre head): every complaint, optionally by {@code status}; otherwise the caller's open ones. */
    @GET
    public List<Complaint> list(@QueryParam("all") boolean all, @QueryParam("status") String status, @Context SecurityContext security) {
        return complaints.list(all, Params.oneOf("status", Status.class, status), Callers.of(security));
    }

    @GET
    @Path("stats")
    @Allow(CENTER_HEAD)
    public ComplaintStats stats(@QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext security) {
        return complaints.stats(required("from", Params.instant("from", from)), required("to", Params.instant("to", to)),
                Callers.of(security));
    }

    @GET
    @Path("{id}")
    public Complaint get(@PathParam("id") long id, @Context SecurityContext security) {
        return complaints.get(id, Callers.of(security));
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Complaint transition(@PathParam("id") long id, Transition body, @Context SecurityContext security) {
        return complaints.transition(id, body == null ? null : body.status(), body == null ? null : body.note(), Callers.of(security));
    }

    @POST
    @Path("{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ CENTER_HEAD, LOBBY_MANAGER })
    public Complaint assign(@PathParam("id") long id, Assignment body, @Context SecurityContext security) {
        return complaints.assign(id, body == null ? null : body.assignee(), Callers.of(security));
    }

    @POST
    @Path("{id}/escalations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ CENTER_HEAD, LOBBY_MANAGER })
    public Complaint escalate(@PathParam("id") long id, Escalation body, @Context SecurityContext security) {
        return complaints.escalate(id, body == null ? null : body.reason(), Callers.of(security));
    }

    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    public Complaint resolve(@PathParam("id") long id, Resolution body, @Context SecurityContext security) {
        if (body == null) {
            throw new InvalidInputException("resolution", "required");
        }
        return complaints.resolve(id, body.resolution(), body.remedy(), Callers.of(security));
    }

    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    public Complaint feedback(@PathParam("id") long id, Feedback body, @Context SecurityContext security) {
        if (body == null || body.satisfied() == null) {
            throw new InvalidInputException("satisfied", "required: true or false");
        }
        return complaints.feedback(id, body.satisfied(), Boolean.TRUE.equals(body.escalate()), body.comment(), Callers.of(security));
    }
}
