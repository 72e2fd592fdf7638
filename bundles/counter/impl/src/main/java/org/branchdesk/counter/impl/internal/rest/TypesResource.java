package org.branchdesk.counter.impl.internal.rest;

import static org.branchdesk.platform.security.Role.BUSINESS_OFFICER;
import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;
import static org.branchdesk.platform.security.Role.OPERATIONS_SUPERVISOR;
import static org.branchdesk.platform.security.Role.TELLER;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.counter.api.CounterRequests;
import org.branchdesk.counter.api.RequestTypeInfo;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/counter/types}: the request types staff may submit, with their fields. */
@Component(service = TypesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("counter/types")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ TELLER, BUSINESS_OFFICER, OPERATIONS_SUPERVISOR, CENTER_HEAD, CUSTOMER_MANAGER })
public final class TypesResource {

    private final CounterRequests requests;

    @Activate
    public TypesResource(@Reference CounterRequests requests) {
        this.requests = requests;
    }

    @GET
    public List<RequestTypeInfo> types(@Context SecurityContext security) {
        return requests.types(Callers.of(security));
    }
}
