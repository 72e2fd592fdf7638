package org.branchdesk.relationship.impl.internal.rest;

import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;

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
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.Interaction;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.rest.Params;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.relationship.api.Task;
import org.branchdesk.relationship.impl.internal.CareEvents;
import org.branchdesk.relationship.impl.internal.CustomerEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/relationship/care}: a book's upcoming care events, and recording a care task (or
 * an event follow-up, ref {@code event/<id>}) as done.
 */
@Component(service = CareEventsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("relationship/care")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CUSTOMER_MANAGER, CENTER_HEAD })
public final class CareEventsResource {

    /** Body of a done care task: its ref, how the customer was contacted, and a note. */
    public record CareDone(String ref, String channel, String note) {
    }

    private static final java.util.regex.Pattern EVENT_REF = java.util.regex.Pattern.compile("event/([0-9]{1,18})");

    private final CareEvents care;
    private final CustomerEvents events;

    @Activate
    public CareEventsResource(@Reference CareEvents care, @Reference CustomerEvents events) {
        this.care = care;
        this.events = events;
    }

    /** {@code ?manager=} (a customer manager: themself by default) {@code &days=} (0 to 366, default 30). */
    @GET
    public List<Task> upcoming(@QueryParam("manager") String manager, @QueryParam("days") String days, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        String book = manager == null || manager.isBlank() ? null : manager.trim();
        if (book == null && !caller.has(Role.CENTER_HEAD)) {
            book = caller.username();
        }
        if (book == null) {
            throw new InvalidInputException("manager", "is required: the username of the manager whose book to read");
        }
        return care.upcoming(book, Params.integer("days", days, 30, 0, 366), caller);
    }

    @POST
    @Path("{customerId}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    public Interaction done(@PathParam("customerId") String customerId, CareDone body, @Context SecurityContext security) {
        if (body == null) {
            throw new InvalidInputException("ref", "is required");
        }
        Channel channel = Params.oneOf("channel", Channel.class, body.channel());
        java.util.regex.Matcher event = EVENT_REF.matcher(body.ref() == null ? "" : body.ref().trim());
        if (event.matches()) {
            return events.followedUp(Long.parseLong(event.group(1)), customerId, channel, body.note(), Callers.of(security));
        }
        return care.done(customerId, body.ref(), channel, body.note(), Callers.of(security));
    }
}
