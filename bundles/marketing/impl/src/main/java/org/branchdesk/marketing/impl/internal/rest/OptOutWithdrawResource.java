package org.branchdesk.marketing.impl.internal.rest;

import static org.branchdesk.platform.security.Role.BUSINESS_OFFICER;
import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;
import static org.branchdesk.platform.security.Role.LOBBY_MANAGER;
import static org.branchdesk.platform.security.Role.OPERATIONS_SUPERVISOR;
import static org.branchdesk.platform.security.Role.TELLER;

import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.marketing.api.OptOut;
import org.branchdesk.marketing.api.OptOuts;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/marketing/opt-outs/{id}/withdraw}: the customer takes an opt-out back. */
@Component(service = OptOutWithdrawResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("marketing/opt-outs")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CENTER_HEAD, CUSTOMER_MANAGER, LOBBY_MANAGER, TELLER, OPERATIONS_SUPERVISOR, BUSINESS_OFFICER })
public final class OptOutWithdrawResource {

    private final OptOuts optOuts;

    @Activate
    public OptOutWithdrawResource(@Reference OptOuts optOuts) {
        this.optOuts = optOuts;
    }

    @POST
    @Path("{id}/withdraw")
    public OptOut withdraw(@PathParam("id") long id, @Context SecurityContext security) {
        return optOuts.withdraw(id, Callers.of(security));
    }
}
