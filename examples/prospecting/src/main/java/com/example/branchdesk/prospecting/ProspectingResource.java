package com.example.branchdesk.prospecting;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/prospecting/{customerId}}: the customer's prospect assessment. It joins the
 * Branchdesk application, so the caller is authenticated, errors are problem+json, and
 * {@link Allow} restricts it to the roles that market to customers.
 */
@Component(service = ProspectingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("prospecting")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ Role.CUSTOMER_MANAGER, Role.CENTER_HEAD, Role.LOBBY_MANAGER })
public final class ProspectingResource {

    private final CustomerService customers;

    @Activate
    public ProspectingResource(@Reference CustomerService customers) {
        this.customers = customers;
    }

    @GET
    @Path("{customerId}")
    public Prospect get(@PathParam("customerId") String customerId, @Context SecurityContext security) {
        // get() checks the role, audits the read and answers 404 for an unknown customer
        return Prospect.of(customers.get(customerId, Callers.of(security)));
    }
}
