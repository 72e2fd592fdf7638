package org.branchdesk.customer.impl.internal.rest;

import static org.branchdesk.platform.security.Role.BUSINESS_OFFICER;
import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;
import static org.branchdesk.platform.security.Role.LOBBY_MANAGER;
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

import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.CustomerInput;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.CustomerView;
import org.branchdesk.customer.api.Holding;
import org.branchdesk.customer.api.SegmentChange;
import org.branchdesk.customer.api.SegmentationService;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Params;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/customers}: search, read, create and update customers, and their unified view. */
@Component(service = CustomerResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ LOBBY_MANAGER, TELLER, CUSTOMER_MANAGER, CENTER_HEAD, OPERATIONS_SUPERVISOR, BUSINESS_OFFICER })
public final class CustomerResource {

    private final CustomerService customers;
    private final SegmentationService segmentation;

    @Activate
    public CustomerResource(@Reference CustomerService customers, @Reference SegmentationService segmentation) {
        this.customers = customers;
        this.segmentation = segmentation;
    }

    @GET
    public List<Customer> search(@QueryParam("q") String q, @QueryParam("limit") String limit, @Context SecurityContext security) {
        return customers.search(q, Params.integer("limit", limit, 20, 1, 1000), Callers.of(security));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ TELLER, OPERATIONS_SUPERVISOR, BUSINESS_OFFICER, CUSTOMER_MANAGER, CENTER_HEAD })
    public Response create(CustomerInput input, @Context SecurityContext security) {
        Customer created = customers.create(required(input), Callers.of(security));
        return Response.created(URI.create("customers/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Customer get(@PathParam("id") String id, @Context SecurityContext security) {
        return customers.get(id, Callers.of(security));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({ TELLER, OPERATIONS_SUPERVISOR, BUSINESS_OFFICER, CUSTOMER_MANAGER, CENTER_HEAD })
    public Customer update(@PathParam("id") String id, CustomerInput input, @Context SecurityContext security) {
        return customers.update(id, required(input), Callers.of(security));
    }

    @GET
    @Path("{id}/view")
    public CustomerView view(@PathParam("id") String id, @Context SecurityContext security) {
        return customers.view(id, Callers.of(security));
    }

    @GET
    @Path("{id}/holdings")
    public List<Holding> holdings(@PathParam("id") String id, @Context SecurityContext security) {
        return customers.holdings(id, Callers.of(security));
    }

    @GET
    @Path("{id}/segment-history")
    public List<SegmentChange> segmentHistory(@PathParam("id") String id, @QueryParam("limit") String limit,
            @Context SecurityContext security) {
        int max = Params.integer("limit", limit, 20, 1, 200);
        Caller caller = Callers.of(security);
        customers.get(id, caller); // 404 for an unknown customer, and the read is audited
        return segmentation.history(id, max, caller);
    }

    private static CustomerInput required(CustomerInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "a customer in JSON is required");
        }
        return input;
    }
}
