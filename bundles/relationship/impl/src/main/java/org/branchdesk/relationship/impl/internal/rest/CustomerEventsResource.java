package org.branchdesk.relationship.impl.internal.rest;

import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.rest.Params;
import org.branchdesk.relationship.impl.internal.CustomerEvents;
import org.branchdesk.relationship.impl.internal.CustomerEvents.CustomerEvent;
import org.branchdesk.relationship.impl.internal.CustomerEvents.EventInput;
import org.branchdesk.relationship.impl.internal.CustomerEvents.EventInvitation;
import org.branchdesk.relationship.impl.internal.CustomerEvents.Reply;
import org.branchdesk.relationship.impl.internal.CustomerEventsEvaluation.EventEvaluation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/relationship/events}: customer events, their invitations, replies, attendance and evaluation. */
@Component(service = CustomerEventsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("relationship/events")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CUSTOMER_MANAGER, CENTER_HEAD })
public final class CustomerEventsResource {

    /** Body of an invitee's update: the reply, the attendance, or both. */
    public record InvitationUpdate(String reply, Boolean attended) {
    }

    private final CustomerEvents events;

    @Activate
    public CustomerEventsResource(@Reference CustomerEvents events) {
        this.events = events;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(EventInput input, @Context SecurityContext security) {
        CustomerEvent e = events.create(input, Callers.of(security));
        return Response.created(URI.create("relationship/events/" + e.id())).entity(e).build();
    }

    @GET
    public List<CustomerEvent> list(@Context SecurityContext security) {
        return events.list(Callers.of(security));
    }

    @GET
    @Path("{id}")
    public CustomerEvent get(@PathParam("id") long id, @Context SecurityContext security) {
        return events.get(id, Callers.of(security));
    }

    @GET
    @Path("{id}/invitations")
    public List<EventInvitation> invitations(@PathParam("id") long id, @Context SecurityContext security) {
        return events.invitations(id, Callers.of(security));
    }

    @PUT
    @Path("{id}/invitations/{customerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EventInvitation update(@PathParam("id") long id, @PathParam("customerId") String customerId, InvitationUpdate body,
            @Context SecurityContext security) {
        if (body == null) {
            throw new InvalidInputException("reply", "give a reply (ACCEPTED or DECLINED), attended (true or false), or both");
        }
        return events.update(id, customerId, Params.oneOf("reply", Reply.class, body.reply()), body.attended(), Callers.of(security));
    }

    @GET
    @Path("{id}/evaluation")
    public EventEvaluation evaluation(@PathParam("id") long id, @Context SecurityContext security) {
        return events.evaluation(id, Callers.of(security));
    }
}
