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

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.rest.Params;
import org.branchdesk.relationship.impl.internal.Handover;
import org.branchdesk.relationship.impl.internal.RelationshipViews;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/relationship/handovers}: handovers between managers, and the new manager's three steps. */
@Component(service = HandoverResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("relationship/handovers")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CUSTOMER_MANAGER, CENTER_HEAD })
public final class HandoverResource {

    /**
     * Body of a step: {@code at} (an instant; absent for now), {@code how} (the notices) or
     * {@code channel} (the first contact), and a {@code note}.
     */
    public record StepBody(String at, String how, String channel, String note) {
    }

    private final RelationshipViews views;

    @Activate
    public HandoverResource(@Reference RelationshipViews views) {
        this.views = views;
    }

    /** {@code ?manager=} (successor or predecessor) and {@code ?status=} OPEN, OVERDUE, COMPLETE or SUPERSEDED. */
    @GET
    public List<Handover> list(@QueryParam("manager") String manager, @QueryParam("status") String status,
            @Context SecurityContext security) {
        return views.handovers(manager, status, Callers.of(security));
    }

    @GET
    @Path("{id}")
    public Handover get(@PathParam("id") long id, @Context SecurityContext security) {
        return views.handover(id, Callers.of(security));
    }

    @POST
    @Path("{id}/oral-notice")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(CUSTOMER_MANAGER)
    public Handover oralNotice(@PathParam("id") long id, StepBody body, @Context SecurityContext security) {
        StepBody b = required(body, "how");
        return views.oralNotice(id, Params.instant("at", b.at()), b.how(), b.note(), Callers.of(security));
    }

    @POST
    @Path("{id}/written-notice")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(CUSTOMER_MANAGER)
    public Handover writtenNotice(@PathParam("id") long id, StepBody body, @Context SecurityContext security) {
        StepBody b = required(body, "how");
        return views.writtenNotice(id, Params.instant("at", b.at()), b.how(), b.note(), Callers.of(security));
    }

    @POST
    @Path("{id}/first-contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(CUSTOMER_MANAGER)
    public Handover firstContact(@PathParam("id") long id, StepBody body, @Context SecurityContext security) {
        StepBody b = required(body, "channel");
        return views.firstContact(id, Params.instant("at", b.at()), b.channel() != null ? b.channel() : b.how(), b.note(),
                Callers.of(security));
    }

    private static StepBody required(StepBody body, String field) {
        if (body == null) {
            throw new InvalidInputException(field, "a body in JSON is required");
        }
        return body;
    }
}
