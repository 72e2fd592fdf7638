package org.branchdesk.counter.impl.internal.rest;

import static org.branchdesk.platform.security.Role.BUSINESS_OFFICER;
import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;
import static org.branchdesk.platform.security.Role.OPERATIONS_SUPERVISOR;
import static org.branchdesk.platform.security.Role.TELLER;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.counter.api.CounterRequests;
import org.branchdesk.counter.api.RequestEvent;
import org.branchdesk.counter.api.RequestInput;
import org.branchdesk.counter.api.RequestStatus;
import org.branchdesk.counter.api.ServiceRequest;
import org.branchdesk.counter.api.Submission;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/counter/requests}: the maker's side. The service checks every rule. */
@Component(service = RequestsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("counter/requests")
@Produces(MediaType.APPLICATION_JSON)
public final class RequestsResource {

    /** Body of a withdrawal. */
    public record Withdrawal(Integer version, String reason) {
    }

    /** Body of a confirmation. */
    public record Confirmation(String coreReference) {
    }

    private final CounterRequests requests;

    @Activate
    public RequestsResource(@Reference CounterRequests requests) {
        this.requests = requests;
    }

    /** 201 with the new request, or 200 with the one already there when this submission repeats it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ TELLER, BUSINESS_OFFICER })
    public Response submit(RequestInput input, @Context SecurityContext security) {
        Submission s = requests.submit(input, Callers.of(security));
        return s.created() ? Response.created(URI.create("counter/requests/" + s.request().id())).entity(s).build()
                : Response.ok(s).build();
    }

    /** {@code ?mine=true&status=&limit=} or {@code ?customerId=&limit=}. */
    @GET
    @Allow({ TELLER, BUSINESS_OFFICER, OPERATIONS_SUPERVISOR, CENTER_HEAD, CUSTOMER_MANAGER })
    public List<ServiceRequest> list(@QueryParam("mine") String mine, @QueryParam("status") String status,
            @QueryParam("customerId") String customerId, @QueryParam("limit") String limit, @Context SecurityContext security) {
        int n = Params.integer("limit", limit, 50, 1, 500);
        if ("true".equalsIgnoreCase(mine)) {
            return requests.mine(Params.oneOf("status", RequestStatus.class, status), n, Callers.of(security));
        }
        if (customerId == null || customerId.isBlank()) {
            throw new InvalidInputException("customerId", "is required unless mine=true");
        }
        return requests.ofCustomer(customerId, n, Callers.of(security));
    }

    @GET
    @Path("{id}")
    @Allow({ TELLER, BUSINESS_OFFICER, OPERATIONS_SUPERVISOR, CENTER_HEAD, CUSTOMER_MANAGER })
    public ServiceRequest get(@PathParam("id") long id, @Context SecurityContext security) {
        return requests.get(id, Callers.of(security));
    }

    @GET
    @Path("{id}/history")
    @Allow({ TELLER, BUSINESS_OFFICER, OPERATIONS_SUPERVISOR, CENTER_HEAD, CUSTOMER_MANAGER })
    public List<RequestEvent> history(@PathParam("id") long id, @Context SecurityContext security) {
        return requests.history(id, Callers.of(security));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ TELLER, BUSINESS_OFFICER })
    public ServiceRequest change(@PathParam("id") long id, @QueryParam("version") String version, RequestInput input,
            @Context SecurityContext security) {
        if (version == null || version.isBlank()) {
            throw new InvalidInputException("version", "is required: the version you saw");
        }
        return requests.change(id, Params.integer("version", version, 0, 1, Integer.MAX_VALUE), input, Callers.of(security));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ TELLER, BUSINESS_OFFICER, CENTER_HEAD })
    public ServiceRequest withdraw(@PathParam("id") long id, Withdrawal body, @Context SecurityContext security) {
        if (body == null || body.version() == null) {
            throw new InvalidInputException("version", "is required: the version you saw");
        }
        return requests.withdraw(id, body.version(), body.reason(), Callers.of(security));
    }

    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ TELLER, BUSINESS_OFFICER, OPERATIONS_SUPERVISOR, CENTER_HEAD })
    public ServiceRequest confirm(@PathParam("id") long id, Confirmation body, @Context SecurityContext security) {
        if (body == null) {
            throw new InvalidInputException("coreReference", "is required: core banking's reference");
        }
        return requests.confirm(id, body.coreReference(), Callers.of(security));
    }

    @POST
    @Path("{id}/handover")
    @Allow({ TELLER, BUSINESS_OFFICER, OPERATIONS_SUPERVISOR, CENTER_HEAD })
    public ServiceRequest handover(@PathParam("id") long id, @Context SecurityContext security) {
        return requests.retryHandover(id, Callers.of(security));
    }
}
