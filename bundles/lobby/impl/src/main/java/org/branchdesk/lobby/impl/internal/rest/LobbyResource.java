package org.branchdesk.lobby.impl.internal.rest;

import static org.branchdesk.platform.security.Role.BUSINESS_OFFICER;
import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;
import static org.branchdesk.platform.security.Role.LOBBY_MANAGER;
import static org.branchdesk.platform.security.Role.OPERATIONS_SUPERVISOR;
import static org.branchdesk.platform.security.Role.TELLER;

import java.net.URI;
import java.time.LocalDate;
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

import org.branchdesk.lobby.api.Arrival;
import org.branchdesk.lobby.api.ArrivalRequest;
import org.branchdesk.lobby.api.ArrivalSource;
import org.branchdesk.lobby.api.Lead;
import org.branchdesk.lobby.api.LeadStatus;
import org.branchdesk.lobby.api.LobbyRecord;
import org.branchdesk.lobby.api.LobbyService;
import org.branchdesk.lobby.api.ManagerNotice;
import org.branchdesk.lobby.api.Priority;
import org.branchdesk.lobby.api.QueueView;
import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.lobby.api.Ticket;
import org.branchdesk.lobby.api.TicketStatus;
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

/** {@code /api/lobby}: arrivals, queues and tickets, leads, manager notices and the daily record. */
@Component(service = LobbyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("lobby")
@Produces(MediaType.APPLICATION_JSON)
public final class LobbyResource {

    /** Body of a hand-issued ticket. */
    public record TicketRequest(ServicePoint servicePoint, Priority priority, String customerId) {
    }

    /** Body of a call. */
    public record CallRequest(String counter) {
    }

    /** Body of a referral. */
    public record LeadRequest(String customerId, ArrivalSource source, String note) {
    }

    private final LobbyService lobby;

    @Activate
    public LobbyResource(@Reference LobbyService lobby) {
        this.lobby = lobby;
    }

    @POST
    @Path("arrivals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ LOBBY_MANAGER, TELLER })
    public Response arrive(ArrivalRequest request, @Context SecurityContext security) {
        Arrival arrival = lobby.arrive(request, Callers.of(security));
        return Response.created(URI.create("lobby/arrivals/" + arrival.id())).entity(arrival).build();
    }

    @POST
    @Path("tickets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ LOBBY_MANAGER, TELLER })
    public Response issue(TicketRequest request, @Context SecurityContext security) {
        if (request == null) {
            throw new InvalidInputException("servicePoint", "required");
        }
        Ticket ticket = lobby.issue(request.servicePoint(), request.priority(), request.customerId(), Callers.of(security));
        return Response.created(URI.create("lobby/tickets/" + ticket.id())).entity(ticket).build();
    }

    @GET
    @Path("queues")
    @Allow({ LOBBY_MANAGER, TELLER, BUSINESS_OFFICER, CENTER_HEAD, OPERATIONS_SUPERVISOR })
    public List<QueueView> queues(@Context SecurityContext security) {
        return lobby.queues(Callers.of(security));
    }

    /** 200 with the ticket, or 204 when nobody is waiting. */
    @POST
    @Path("queues/{point}/call")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ TELLER, BUSINESS_OFFICER, LOBBY_MANAGER, CUSTOMER_MANAGER })
    public Response call(@PathParam("point") String point, CallRequest request, @Context SecurityContext security) {
        return lobby.callNext(Params.oneOf("servicePoint", ServicePoint.class, point), request == null ? null : request.counter(), Callers.of(security))
                .map(t -> Response.ok(t).build()).orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Path("tickets/{id}/done")
    @Allow({ TELLER, BUSINESS_OFFICER, LOBBY_MANAGER, CUSTOMER_MANAGER })
    public Ticket done(@PathParam("id") long id, @Context SecurityContext security) {
        return lobby.finish(id, TicketStatus.DONE, Callers.of(security));
    }

    @POST
    @Path("tickets/{id}/no-show")
    @Allow({ TELLER, BUSINESS_OFFICER, LOBBY_MANAGER, CUSTOMER_MANAGER })
    public Ticket noShow(@PathParam("id") long id, @Context SecurityContext security) {
        return lobby.finish(id, TicketStatus.NO_SHOW, Callers.of(security));
    }

    @POST
    @Path("leads")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ TELLER, LOBBY_MANAGER, CUSTOMER_MANAGER, CENTER_HEAD })
    public Response refer(LeadRequest request, @Context SecurityContext security) {
        if (request == null) {
            throw new InvalidInputException("customerId", "required");
        }
        Lead lead = lobby.refer(request.customerId(), request.source(), request.note(), Callers.of(security));
        return Response.created(URI.create("lobby/leads/" + lead.id())).entity(lead).build();
    }

    @GET
    @Path("leads")
    @Allow({ CUSTOMER_MANAGER, CENTER_HEAD, LOBBY_MANAGER })
    public List<Lead> leads(@QueryParam("status") String status, @Context SecurityContext security) {
        return lobby.leads(Params.oneOf("status", LeadStatus.class, status), Callers.of(security));
    }

    @POST
    @Path("leads/{id}/follow-up")
    @Allow({ CUSTOMER_MANAGER, CENTER_HEAD })
    public Lead followUp(@PathParam("id") long id, @Context SecurityContext security) {
        return lobby.followUp(id, Callers.of(security));
    }

    /** The calling customer manager's arrival notices. */
    @GET
    @Path("notices")
    @Allow(CUSTOMER_MANAGER)
    public List<ManagerNotice> notices(@QueryParam("limit") String limit, @Context SecurityContext security) {
        return lobby.notices(Params.integer("limit", limit, 50, 1, 500), Callers.of(security));
    }

    @GET
    @Path("record")
    @Allow({ LOBBY_MANAGER, CENTER_HEAD })
    public LobbyRecord record(@QueryParam("date") String date, @Context SecurityContext security) {
        LocalDate day = Params.date("date", date);
        return lobby.record(day == null ? LocalDate.now() : day, Callers.of(security));
    }
}
